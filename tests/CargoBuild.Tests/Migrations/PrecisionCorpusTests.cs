using System.Text.RegularExpressions;
using CargoBuild.CargoMessages;
using CargoBuild.Migrations;
using CargoBuild.Versions;
using Xunit.Abstractions;

namespace CargoBuild.Tests.Migrations;

/// <summary>
/// Ordinary mistakes in code written for the very pyo3 it builds against (Fixtures/pyo3-precision, real builds with
/// pyo3 0.22.6, 0.28.2 and 0.29.3): without upgrade evidence no diagnostic of theirs may get a link that claims a
/// breaking change or points at an unrelated section; only PyO3's own requirements may link, to the section the
/// corpus table allows.
/// </summary>
public sealed partial class PrecisionCorpusTests(ITestOutputHelper output)
{
    private const string NoLink = "none";

    public static TheoryData<string, string> Crates()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in TableRows())
        {
            data.Add(row.Minor, row.Crate);
        }

        return data;
    }

    public static TheoryData<string, string> RequirementCrates()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in TableRows().Where(row => row.Allowed.Count > 0))
        {
            data.Add(row.Minor, row.Crate);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Crates))]
    public void OrdinaryMistakeGetsNoLinkButAnAllowedRequirement(string minor, string crate)
    {
        var allowed = Row(minor, crate).Allowed;
        var rules = RulesFor(minor, crate);

        var diagnostics = RecordedDiagnostics.FromPrecisionBuild(minor, crate);
        var linked = diagnostics
            .Select(diagnostic => (Diagnostic: diagnostic, Match: rules.Match(diagnostic, SignalSource.Rustc, upgradedFrom: null)))
            .Where(found => found.Match is not null)
            .Select(found => (found.Diagnostic, Match: found.Match!))
            .ToList();
        var wrong = linked
            .Where(found => !(found.Match.Kind == MigrationKind.Requirement && allowed.Contains(found.Match.Rule.Anchor ?? "")))
            .Select(found => $"{found.Diagnostic.Code} '{found.Diagnostic.Message}' linked by {found.Match.Rule.Id} ({found.Match.Kind}) to #{found.Match.Rule.Anchor}")
            .ToList();

        output.WriteLine($"{minor}/{crate}: {diagnostics.Count} diagnostics, links: {(linked.Count == 0 ? NoLink
            : string.Join(", ", linked.Select(found => $"{found.Diagnostic.Code} → {found.Match.Kind} #{found.Match.Rule.Anchor}")))}");

        Assert.True(wrong.Count == 0, $"{minor}/{crate}, allowed {(allowed.Count == 0 ? NoLink : string.Join(", ", allowed))}:\n{string.Join("\n", wrong)}");
    }

    /// <summary>A crate that compiles proves nothing about the links of its errors.</summary>
    [Theory]
    [MemberData(nameof(Crates))]
    public void CrateRecordedAnError(string minor, string crate)
    {
        Assert.Contains(RecordedDiagnostics.FromPrecisionBuild(minor, crate), diagnostic => diagnostic.Level == "error" && diagnostic.Spans.Count > 0);
    }

    [Theory]
    [MemberData(nameof(RequirementCrates))]
    public void RequirementCrateGetsItsRequirementLink(string minor, string crate)
    {
        var allowed = Row(minor, crate).Allowed;
        var rules = RulesFor(minor, crate);

        var matches = RecordedDiagnostics.FromPrecisionBuild(minor, crate).Select(diagnostic => rules.Match(diagnostic, SignalSource.Rustc, upgradedFrom: null));

        Assert.Contains(matches, match => match is { Kind: MigrationKind.Requirement } && allowed.Contains(match.Rule.Anchor ?? ""));
    }

    /// <summary>The table names every crate folder of every minor once, with its recording, and nothing else.</summary>
    [Fact]
    public void TableAndCrateFoldersAgree()
    {
        var folders = RecordedDiagnostics.PrecisionMinors()
            .SelectMany(minor => RecordedDiagnostics.PrecisionCrates(minor).Select(crate => $"{minor}/{crate}"))
            .ToList();
        var table = TableRows().Select(row => $"{row.Minor}/{row.Crate}").ToList();

        Assert.Equal(table.Distinct().Count(), table.Count);
        Assert.Equal(folders.Order(StringComparer.Ordinal), table.Order(StringComparer.Ordinal));
        Assert.All(folders, folder => Assert.True(File.Exists(Fixtures.PathOf($"pyo3-precision/{folder}.jsonl")), $"{folder} has no recording"));
    }

    /// <summary>The table's codes are the ones the real build gave, in order, so it describes what was recorded.</summary>
    [Theory]
    [MemberData(nameof(Crates))]
    public void TableListsTheCodesTheBuildGave(string minor, string crate)
    {
        var recorded = RecordedDiagnostics.FromPrecisionBuild(minor, crate)
            .Where(diagnostic => diagnostic.Spans.Count > 0)
            .Select(CodeInTable)
            .Distinct();

        Assert.Equal(Row(minor, crate).Codes, recorded);
    }

    private static string CodeInTable(RustcDiagnostic diagnostic) => diagnostic.Code ?? (diagnostic.Level == "error" ? "macro error" : "warning");

    private static CrateMigrationRules RulesFor(string minor, string crate) =>
        BuiltInRules.Rules.For(new Dictionary<string, CargoVersion> { ["pyo3"] = RecordedDiagnostics.PrecisionPyO3Version(minor, crate) });

    private static (string Minor, string Crate, IReadOnlyList<string> Codes, IReadOnlyList<string> Allowed) Row(string minor, string crate) =>
        TableRows().Single(row => row.Minor == minor && row.Crate == crate);

    // | pyo3 minor | case | mistake | codes | allowed links ("none", or anchors) |
    private static IEnumerable<(string Minor, string Crate, IReadOnlyList<string> Codes, IReadOnlyList<string> Allowed)> TableRows() =>
        File.ReadLines(Fixtures.PathOf("pyo3-precision/README.md"))
            .Select(line => TableRow().Match(line))
            .Where(row => row.Success)
            .Select(row => (row.Groups["minor"].Value, row.Groups["crate"].Value, ListOf(row.Groups["codes"].Value),
                row.Groups["allowed"].Value == NoLink ? (IReadOnlyList<string>)[] : ListOf(row.Groups["allowed"].Value)));

    private static IReadOnlyList<string> ListOf(string cell) => [.. cell.Split(", ").Select(item => item.Trim('`'))];

    [GeneratedRegex(@"^\| (?<minor>0\.\d+) \| (?<crate>[a-z0-9-]+) \| [^|]+ \| (?<codes>[^|]+) \| (?<allowed>[^|]+) \|$")]
    private static partial Regex TableRow();
}
