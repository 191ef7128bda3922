using System.Text.RegularExpressions;

namespace CargoBuild.IntegrationTests.Migrations.GuideExamples;

/// <summary>
/// The program rustdoc compiles for a Rust code block: hidden lines (<c># </c> or a lone <c>#</c>, after indentation)
/// shown again, <c>##</c> unescaped to <c>#</c>; the crate's doc-test attributes, then the block's own <c>#![...]</c>
/// crate attributes at the top; the rest wrapped in <c>fn main() { ... }</c> unless it has a <c>fn main</c>.
/// </summary>
public static partial class RustdocTestProgram
{
    public static string Compose(IEnumerable<string> blockLines, IReadOnlyList<string> docTestAttributes)
    {
        var lines = blockLines.Select(Unhide).ToList();
        var crateAttributes = lines.Where(IsCrateAttribute).ToList();
        var body = string.Join('\n', lines.Where(line => !IsCrateAttribute(line)));
        if (!MainFunction().IsMatch(body))
        {
            body = $"fn main() {{\n{body}\n}}";
        }

        return string.Join('\n', [.. docTestAttributes, .. crateAttributes, body]) + "\n";
    }

    private static string Unhide(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith("##", StringComparison.Ordinal))
        {
            var hash = line.IndexOf("##", StringComparison.Ordinal);
            return line.Remove(hash, 1);
        }

        if (trimmed == "#")
        {
            return "";
        }

        return trimmed.StartsWith("# ", StringComparison.Ordinal) ? trimmed[2..] : line;
    }

    private static bool IsCrateAttribute(string line) => line.TrimStart().StartsWith("#![", StringComparison.Ordinal);

    [GeneratedRegex(@"\bfn\s+main\s*\(")]
    private static partial Regex MainFunction();
}
