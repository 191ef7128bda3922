using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CargoBuild.Diagnostics;

namespace CargoBuild.Tests.Diagnostics;

/// <summary>
/// The catalog (DiagnosticCodes) and the docs agree: every code documented once, in a table row with the catalog's
/// severity, under the heading the catalog links to; docs/reference.md indexes them all; the codes the targets raise
/// are the catalog's.
/// </summary>
public sealed partial class DiagnosticCodeCatalogTests
{
    private static readonly IReadOnlyList<DiagnosticCode> Catalog =
    [
        .. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticCode))
            .Select(field => (DiagnosticCode)field.GetValue(null)!),
    ];

    private const string ReferencePage = "docs/reference.md";

    [Fact]
    public void TheDocsListExactlyTheCatalogsCodesEachOnce()
    {
        var rows = DocumentedRows().ToList();
        var problems = Catalog.Where(code => !rows.Any(row => row.Code == code.Code))
            .Select(code => $"{code.Code} ({code.Title}) is in DiagnosticCodes but in no code table of docs/ (add its row to {code.Documentation})")
            .Concat(rows.Where(row => Catalog.All(code => code.Code != row.Code))
                .Select(row => $"{row.Code} is documented in {row.File}:{row.Line + 1} but is not in DiagnosticCodes"))
            .Concat(rows.GroupBy(row => row.Code).Where(group => group.Count() > 1)
                .Select(group => $"{group.Key} is documented more than once: {string.Join(", ", group.Select(row => $"{row.File}:{row.Line + 1}"))}"));

        AssertNone(problems);
    }

    [Fact]
    public void TheDocsGiveEachCodeTheSeverityItIsReportedWith()
    {
        var rows = DocumentedRows().ToList();
        var problems = Catalog.SelectMany(code => rows.Where(row => row.Code == code.Code && row.Severity != Severity(code))
            .Select(row => $"{code.Code} is a {Severity(code)} in DiagnosticCodes but '{row.Severity}' in {row.File}:{row.Line + 1}"));

        AssertNone(problems);
    }

    [Fact]
    public void EachCodesDocumentationIsTheHeadingItsRowIsUnder()
    {
        var rows = DocumentedRows().ToList();
        var problems = new List<string>();
        foreach (var code in Catalog)
        {
            var (file, anchor) = Split(code.Documentation);
            if (!File.Exists(Path.Combine(Repository.Root, file)))
            {
                problems.Add($"{code.Code}: {code.Documentation} names a file that does not exist");
                continue;
            }

            var page = new MarkdownFile(file);
            if (page.Headings.All(heading => heading.Anchor != anchor))
            {
                problems.Add($"{code.Code}: {file} has no heading with the anchor #{anchor} (its headings: {string.Join(", ", page.Headings.Select(heading => "#" + heading.Anchor))})");
                continue;
            }

            var section = page.SectionOf(anchor);
            if (!rows.Any(row => row.Code == code.Code && row.File == file && row.Line >= section.Start.Value && row.Line < section.End.Value))
            {
                problems.Add($"{code.Code}: its row is not under {code.Documentation}");
            }
        }

        AssertNone(problems);
    }

    [Fact]
    public void TheReferenceIndexesEveryCodeWithItsSeverityTitleAndLink()
    {
        var index = new MarkdownFile(ReferencePage).TableRows("Code", "Severity", "Title")
            .Select(row => (Link: IndexLink().Match(row.Cells[0]), Severity: row.Cells[1], Title: row.Cells[2]))
            .ToList();
        var expected = Catalog.Select(code => $"[{code.Code}]({RelativeToDocs(code.Documentation)}) | {Severity(code)} | {code.Title}").ToList();
        var actual = index.Select(row => $"{row.Link.Value} | {row.Severity} | {row.Title}").ToList();

        AssertNone(expected.Except(actual).Select(row => $"{ReferencePage} lacks the index row | {row} |")
            .Concat(actual.Except(expected).Select(row => $"{ReferencePage} has the index row | {row} |, which is not the catalog's (DiagnosticCodes)")));
    }

    [Fact]
    public void TheCodesTheTargetsRaiseAreInTheCatalogWithTheirSeverity()
    {
        var raised = Directory.GetFiles(Path.Combine(Repository.Root, "build"), "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".targets", StringComparison.Ordinal) || file.EndsWith(".props", StringComparison.Ordinal))
            .SelectMany(file => XDocument.Load(file).Descendants().Where(element => element.Name.LocalName is "Error" or "Warning"))
            .Select(element => (Code: (string?)element.Attribute("Code"), Severity: element.Name.LocalName.ToLowerInvariant()))
            .ToList();

        Assert.NotEmpty(raised);
        Assert.All(raised, call => Assert.Contains(Catalog, code => code.Code == call.Code && Severity(code) == call.Severity));
    }

    [Fact]
    public void EveryCodeIsUniqueAndLettersThenDigitsAsProblemMatchersExpect()
    {
        Assert.Equal(Catalog.Count, Catalog.Select(code => code.Code).Distinct().Count());
        Assert.All(Catalog, code => Assert.Matches("^CB[0-9]{4}$", code.Code));
    }

    private static IEnumerable<(string Code, string Severity, string File, int Line)> DocumentedRows() =>
        Directory.GetFiles(Path.Combine(Repository.Root, "docs"), "*.md")
            .Select(path => new MarkdownFile("docs/" + Path.GetFileName(path)))
            .SelectMany(page => page.TableRows("Code", "Severity")
                .Where(row => CatalogCode().IsMatch(row.Cells[0]))
                .Select(row => (row.Cells[0], row.Cells[1], page.RelativePath, row.Line)));

    private static string Severity(DiagnosticCode code) => code.Severity.ToString().ToLowerInvariant();

    private static (string File, string Anchor) Split(string documentation) =>
        documentation.Split('#', 2) is [var file, var anchor] ? (file, anchor) : (documentation, "");

    private static string RelativeToDocs(string documentation) =>
        documentation.StartsWith("docs/", StringComparison.Ordinal) ? documentation["docs/".Length..] : "../" + documentation;

    // Every problem in full, one a line: xunit's own collection message cuts them short.
    private static void AssertNone(IEnumerable<string> problems)
    {
        var list = problems.ToList();
        Assert.True(list.Count == 0, string.Join(Environment.NewLine, list));
    }

    [GeneratedRegex("^CB[0-9]{4}$")]
    private static partial Regex CatalogCode();

    [GeneratedRegex(@"^\[CB[0-9]{4}\]\([^)]*\)$")]
    private static partial Regex IndexLink();
}
