using System.Text.RegularExpressions;
using CargoBuild.CargoMessages;
using CargoBuild.Diagnostics;
using CargoBuild.Migrations;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Migrations;

/// <summary>
/// The shipped rules against real builds of code written for pyo3 0.17 … 0.21 with pyo3 0.22.6 (Fixtures/pyo3-0.22,
/// re-recorded by its record.sh): with rustc stable, and for a few crates with nightly, whose wording differs.
/// </summary>
public sealed partial class PyO3_0_22RealBuildTests
{
    private static readonly RealBuildRecordings Recordings = RealBuildRecordings.PyO3_0_22;

    /// <summary>The crate table of Fixtures/pyo3-0.22/README.md, row by row.</summary>
    public static TheoryData<string, string, string, int, int, string> CrateTable()
    {
        var data = new TheoryData<string, string, string, int, int, string>();
        foreach (var row in CrateTableRows())
        {
            data.Add(row.Crate, row.RuleId, row.Code, row.Line, row.Column, row.Severity);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CrateTable))]
    public void OldApiCrateReportsTheRuleAtTheUsersLine(string crate, string ruleId, string code, int line, int column, string severity)
    {
        var reported = Rewritten(crate);

        Assert.Contains(reported, found => found.Diagnostic.Code == code && found.RuleId == ruleId
            && (found.Diagnostic.Line, found.Diagnostic.Column) == (line, column)
            && found.Diagnostic.Severity.ToString().Equals(severity, StringComparison.OrdinalIgnoreCase)
            && found.Diagnostic.File == $"{Recordings.RecordingRoot}/{crate}/src/lib.rs");
    }

    /// <summary>Every diagnostic a rule rewrites in the old-API crates is in the table, and every error there is explained by a rule.</summary>
    [Fact]
    public void CrateTableListsEveryRewrittenDiagnosticAndNoErrorIsLeftUnexplained()
    {
        var table = CrateTableRows().Select(row => (row.Crate, row.Code, row.Line, row.Column)).ToHashSet();
        foreach (var crate in Recordings.Crates().Where(crate => !crate.StartsWith("control-", StringComparison.Ordinal)))
        {
            foreach (var (diagnostic, ruleId) in Rewritten(crate))
            {
                Assert.True(ruleId is not null || diagnostic.Severity != DiagnosticSeverity.Error, $"{crate}: {diagnostic.Message}");
                Assert.True(ruleId is null || table.Contains((crate, diagnostic.Code!, diagnostic.Line, diagnostic.Column)),
                    $"{crate}: {diagnostic.Code} at {diagnostic.Line}:{diagnostic.Column} is not in README.md");
            }
        }
    }

    /// <summary>The control, written with the `Bound` API the rules' fixes point to, builds against the same release without a diagnostic.</summary>
    [Fact]
    public void ControlCrateBuildsCleanly()
    {
        var messages = Recordings.Messages("control-bound-api");

        Assert.Empty(messages.OfType<CompilerMessage>());
        Assert.Contains(new BuildFinished(true), messages);
    }

    public static TheoryData<string> OtherToolchainRecordings() => [.. Recordings.OtherToolchainRecordings()];

    /// <summary>nightly rustc words some errors differently ("no associated function or constant named"): the same rules, at the same places.</summary>
    [Theory]
    [MemberData(nameof(OtherToolchainRecordings))]
    public void OtherToolchainGetsTheRulesStableGets(string recording)
    {
        var stable = Rewritten(RealBuildRecordings.CrateOf(recording)).Select(Summary).ToList();
        var other = Rewritten(recording).Select(Summary).ToList();

        Assert.Contains(stable, summary => !summary.EndsWith("no rule", StringComparison.Ordinal));
        Assert.Equal(stable, other);
    }

    /// <summary>
    /// Without a known from-version exactly the diagnostics of the README's "Without evidence of an upgrade" table link:
    /// requirement signals, and breaking changes by the old API the source under the spans names.
    /// </summary>
    [Fact]
    public void WithoutUpgradeEvidenceOnlyRequirementsAndNamedOldApisLink()
    {
        var linked = Recordings.Crates()
            .SelectMany(crate => Matched(crate, upgradedFrom: null).Where(found => found.Match is not null).Select(found =>
                $"{crate} {found.Mapped.Line}:{found.Mapped.Column} {found.Match!.Rule.Id} {found.Match.Kind} {found.Match.OldApi ?? "—"}"))
            .Order(StringComparer.Ordinal);
        var table = File.ReadLines(Fixtures.PathOf($"{Recordings.Folder}/README.md")).Select(line => NoEvidenceRow().Match(line)).Where(row => row.Success)
            .Select(row => $"{row.Groups["crate"].Value} {row.Groups["location"].Value} {row.Groups["rule"].Value} "
                + $"{(row.Groups["kind"].Value == "requirement" ? MigrationKind.Requirement : MigrationKind.BreakingChange)} {row.Groups["api"].Value.Trim('`')}")
            .Order(StringComparer.Ordinal);

        Assert.True(table.SequenceEqual(linked), "only in the table: " + string.Join(" | ", table.Except(linked)) + "\nonly in the build: " + string.Join(" | ", linked.Except(table)));
    }

    private static string Summary((BuildDiagnostic Diagnostic, string? RuleId) found) =>
        $"{found.Diagnostic.Line}:{found.Diagnostic.Column} {found.Diagnostic.Severity} {found.RuleId ?? "no rule"}";

    /// <summary>The recording's diagnostics as the build reports them, for code written for the release its README row names.</summary>
    private static List<(BuildDiagnostic Diagnostic, string? RuleId)> Rewritten(string recording) =>
        [.. Matched(recording, WrittenFor(RealBuildRecordings.CrateOf(recording))).Select(found => (found.Match?.Rewrite(found.Mapped) ?? found.Mapped, found.Match?.Rule.Id))];

    private static List<(BuildDiagnostic Mapped, MigrationMatch? Match)> Matched(string recording, CargoVersion? upgradedFrom)
    {
        var mapper = new RustcDiagnosticMapper(Recordings.SourceFolderOf(recording));
        var rules = BuiltInRules.Rules.For(Recordings.Dependencies);
        var matched = new List<(BuildDiagnostic, MigrationMatch?)>();
        foreach (var diagnostic in Recordings.FromRealBuild(recording))
        {
            if (mapper.Map(diagnostic) is { } mapped)
            {
                matched.Add((mapped, rules.Match(diagnostic, SignalSource.Rustc, upgradedFrom)));
            }
        }

        return matched;
    }

    /// <summary>The pyo3 version an old-API crate was written for, as its README row says ("… (0.20)"); null for the control.</summary>
    private static CargoVersion? WrittenFor(string crate) =>
        File.ReadLines(Fixtures.PathOf($"{Recordings.Folder}/README.md")).Select(line => WrittenForColumn().Match(line))
            .Where(row => row.Success && row.Groups["crate"].Value == crate).Select(row => CargoVersion.Parse(row.Groups["version"].Value)).FirstOrDefault();

    // | crate | old API | rule id | code | src/lib.rs:line:col | severity |
    private static IEnumerable<(string Crate, string RuleId, string Code, int Line, int Column, string Severity)> CrateTableRows() =>
        File.ReadLines(Fixtures.PathOf($"{Recordings.Folder}/README.md"))
            .Select(line => CrateTableRow().Match(line))
            .Where(row => row.Success)
            .Select(row => (row.Groups["crate"].Value, row.Groups["rule"].Value, row.Groups["code"].Value,
                int.Parse(row.Groups["line"].Value), int.Parse(row.Groups["column"].Value), row.Groups["severity"].Value));

    [GeneratedRegex(@"^\| (?<crate>[a-z0-9-]+) \|[^|]*\| (?<rule>PYO3-[A-Z0-9-]+) \| (?<code>PY\d{4}) \| src/lib\.rs:(?<line>\d+):(?<column>\d+) \| (?<severity>error|warning) \|$")]
    private static partial Regex CrateTableRow();

    // | crate | src/lib.rs:line:col | rule id | requirement or breaking change | `old API` or — |
    [GeneratedRegex(@"^\| (?<crate>[a-z0-9-]+) \| src/lib\.rs:(?<location>\d+:\d+) \| (?<rule>PYO3-[A-Z0-9-]+) \| (?<kind>requirement|breaking change) \| (?<api>[^|]+) \|$")]
    private static partial Regex NoEvidenceRow();

    [GeneratedRegex(@"^\| (?<crate>[a-z0-9-]+) \|[^|]*\((?<version>0\.\d+)\) \|")]
    private static partial Regex WrittenForColumn();
}
