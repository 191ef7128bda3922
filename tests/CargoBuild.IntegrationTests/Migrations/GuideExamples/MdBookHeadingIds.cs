using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CargoBuild.IntegrationTests.Migrations.GuideExamples;

/// <summary>
/// Heading ids as mdBook makes them: from the heading's rendered text without HTML tags (an inline code span's
/// <c>&lt;</c> is escaped, so it is dropped as punctuation), lowercase letters, digits, '_' and '-' kept, each space
/// a '-', everything else dropped; a repeated id gets "-1", "-2" in order. One instance per page.
/// </summary>
public sealed partial class MdBookHeadingIds
{
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

    public string Next(string headingMarkdown)
    {
        var id = Normalize(RenderedText(headingMarkdown));
        var count = seen.GetValueOrDefault(id);
        seen[id] = count + 1;
        return count == 0 ? id : $"{id}-{count}";
    }

    private static string Normalize(string text)
    {
        var id = new StringBuilder(text.Length);
        foreach (var character in text.Trim())
        {
            if (char.IsLetterOrDigit(character) || character is '_' or '-')
            {
                id.Append(char.ToLowerInvariant(character));
            }
            else if (char.IsWhiteSpace(character))
            {
                id.Append('-');
            }
        }

        return id.ToString();
    }

    // Only what the text of a heading keeps: code spans verbatim, links' text, no raw HTML tags, entities decoded.
    private static string RenderedText(string markdown)
    {
        var text = new StringBuilder();
        foreach (var part in CodeSpan().Split(Link().Replace(markdown, "$1")))
        {
            if (part.StartsWith('`'))
            {
                text.Append(part.Trim('`'));
                continue;
            }

            var plain = HtmlTag().Replace(part, "");
            text.Append(WebUtility.HtmlDecode(BackslashEscape().Replace(plain, "$1")));
        }

        return text.ToString();
    }

    [GeneratedRegex("(`+[^`]*`+)")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex("<[^<>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex BackslashEscape();
}
