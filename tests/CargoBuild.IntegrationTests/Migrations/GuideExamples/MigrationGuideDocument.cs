using System.Text.RegularExpressions;

namespace CargoBuild.IntegrationTests.Migrations.GuideExamples;

/// <summary>
/// A migration guide (mdBook markdown) read the way mdBook and rustdoc read it: its headings with their anchors and
/// steps, and its <c>compile_fail</c> Rust code blocks (also those indented in lists or quoted) with the section each
/// is under and the program rustdoc compiles for it.
/// </summary>
public sealed partial class MigrationGuideDocument
{
    // rustdoc's code block attributes: a block whose tags are only these (or none) is Rust.
    private static readonly HashSet<string> RustdocAttributes = new(StringComparer.Ordinal)
    {
        "rust", "compile_fail", "ignore", "no_run", "should_panic", "test_harness", "standalone_crate",
        "edition2015", "edition2018", "edition2021", "edition2024",
    };

    private MigrationGuideDocument(IReadOnlyList<MigrationGuideSection> sections, IReadOnlyList<MigrationGuideExample> examples)
    {
        Sections = sections;
        CompileFailExamples = examples;
    }

    public IReadOnlyList<MigrationGuideSection> Sections { get; }

    public IReadOnlyList<MigrationGuideExample> CompileFailExamples { get; }

    /// <param name="markdown">The guide's text.</param>
    /// <param name="docTestAttributes">The crate attributes rustdoc adds to every doc test (see <see cref="DocTestCrateAttributes"/>).</param>
    public static MigrationGuideDocument Parse(string markdown, IReadOnlyList<string> docTestAttributes)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var ids = new MdBookHeadingIds();
        var sections = new List<MigrationGuideSection>();
        var examples = new List<MigrationGuideExample>();
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        MigrationGuideSection? section = null;
        string? step = null;
        for (var index = 0; index < lines.Length; index++)
        {
            if (FenceOpening().Match(lines[index]) is { Success: true } fence)
            {
                var opening = index;
                var body = FencedBody(lines, ref index, fence);
                var tags = fence.Groups["info"].Value.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (section is not null && tags.Contains("compile_fail") && tags.All(RustdocAttributes.Contains))
                {
                    var ordinal = ordinals[section.Anchor] = ordinals.GetValueOrDefault(section.Anchor) + 1;
                    var edition = tags.FirstOrDefault(tag => tag.StartsWith("edition", StringComparison.Ordinal))?["edition".Length..];
                    examples.Add(new MigrationGuideExample(section, ordinal, opening + 1, tags, edition, tags.Contains("ignore"),
                        RustdocTestProgram.Compose(body, docTestAttributes)));
                }

                continue;
            }

            if (Heading().Match(lines[index]) is { Success: true } heading)
            {
                var title = heading.Groups["title"].Value;
                var level = heading.Groups["hashes"].Length;
                if (level <= 2)
                {
                    step = StepHeading().Match(title) is { Success: true } stepMatch ? stepMatch.Groups["from"].Value : null;
                }

                section = new MigrationGuideSection(ids.Next(title), title, level, step);
                sections.Add(section);
            }
        }

        return new MigrationGuideDocument(sections, examples);
    }

    /// <summary>The block's lines without the fence's indentation or quote marks; leaves index on the closing fence.</summary>
    private static List<string> FencedBody(string[] lines, ref int index, Match fence)
    {
        var indent = fence.Groups["indent"].Length;
        var quote = fence.Groups["quote"].Value;
        var marker = fence.Groups["fence"].Value;
        var body = new List<string>();
        for (index++; index < lines.Length; index++)
        {
            var line = WithoutQuote(lines[index], quote);
            if (line.TrimStart().StartsWith(marker, StringComparison.Ordinal) && line.Trim().Trim(marker[0]).Length == 0)
            {
                break;
            }

            var leading = line.Length - line.TrimStart(' ').Length;
            body.Add(line[Math.Min(leading, indent)..]);
        }

        return body;
    }

    private static string WithoutQuote(string line, string quote)
    {
        var remaining = line;
        foreach (var _ in quote.Where(character => character == '>'))
        {
            var trimmed = remaining.TrimStart();
            if (!trimmed.StartsWith('>'))
            {
                return remaining;
            }

            remaining = trimmed[1..];
            if (remaining.StartsWith(' '))
            {
                remaining = remaining[1..];
            }
        }

        return remaining;
    }

    [GeneratedRegex(@"^(?<indent> *)(?<quote>(?:> ?)*)(?<fence>`{3,}|~{3,})\s*(?<info>[^`]*?)\s*$")]
    private static partial Regex FenceOpening();

    [GeneratedRegex(@"^ {0,3}(?<hashes>#{1,6})(?:[ \t]+(?<title>.*?))?(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^from\s+v?(?<from>\d+\.\d+)(?:\.[\d*x]+)?\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex StepHeading();
}
