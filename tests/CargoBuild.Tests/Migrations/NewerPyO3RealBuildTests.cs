using System.Text.RegularExpressions;
using CargoBuild.Diagnostics;
using CargoBuild.Migrations;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Migrations;

/// <summary>
/// The shipped rules against real rustc 1.95 output for crates written for PyO3 0.20 to 0.28, built with pyo3 0.28.2
/// (Fixtures/pyo3-0.28) and 0.29.3 (Fixtures/pyo3-0.29), each folder re-recorded by its record.sh.
/// </summary>
public sealed partial class NewerPyO3RealBuildTests
{
    private static readonly IReadOnlyDictionary<string, CargoVersion> ResolvedPyO3 = new Dictionary<string, CargoVersion>
    {
        ["pyo3-0.28"] = CargoVersion.Parse("0.28.2"),
        ["pyo3-0.29"] = CargoVersion.Parse("0.29.3"),
    };

    /// <summary>The crate tables of Fixtures/pyo3-0.28/README.md and Fixtures/pyo3-0.29/README.md, row by row.</summary>
    public static TheoryData<string, string, string, string, string, int, int, string> CrateTables()
    {
        var data = new TheoryData<string, string, string, string, string, int, int, string>();
        foreach (var row in CrateTableRows())
        {
            data.Add(row.Folder, row.Crate, row.WrittenFor, row.RuleId, row.Code, row.Line, row.Column, row.Severity);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CrateTables))]
    public void OldApiCrateReportsTheRuleAtTheUsersLine(string folder, string crate, string writtenFor, string ruleId, string code, int line, int column, string severity)
    {
        var reported = Rewritten(folder, crate, CargoVersion.Parse(writtenFor));

        Assert.Contains(reported, found => found.Diagnostic.Code == code && found.RuleId == ruleId
            && (found.Diagnostic.Line, found.Diagnostic.Column) == (line, column)
            && found.Diagnostic.Severity.ToString().Equals(severity, StringComparison.OrdinalIgnoreCase)
            && found.Diagnostic.File == $"{RecordedDiagnostics.RecordingRootOf(folder)}/{crate}/src/lib.rs");
    }

    /// <summary>Every diagnostic a rule rewrites in these crates is in its folder's table.</summary>
    [Fact]
    public void CrateTablesListEveryRewrittenDiagnostic()
    {
        var rows = CrateTableRows().ToList();
        foreach (var folder in ResolvedPyO3.Keys)
        {
            foreach (var crate in rows.Where(row => row.Folder == folder).Select(row => row.Crate).Distinct())
            {
                var writtenFor = CargoVersion.Parse(rows.First(row => row.Folder == folder && row.Crate == crate).WrittenFor);
                foreach (var (diagnostic, ruleId) in Rewritten(folder, crate, writtenFor).Where(found => found.RuleId is not null))
                {
                    Assert.True(rows.Any(row => row.Folder == folder && row.Crate == crate && row.Code == diagnostic.Code && (row.Line, row.Column) == (diagnostic.Line, diagnostic.Column)),
                        $"{folder}/{crate}: {ruleId} {diagnostic.Code} at {diagnostic.Line}:{diagnostic.Column} is not in README.md");
                }
            }
        }
    }

    /// <summary>The tables of cargo's own errors (a crate that fails before rustc reports an error).</summary>
    public static TheoryData<string, string, string, string, string> CargoErrorTables()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var folder in ResolvedPyO3.Keys)
        {
            foreach (var row in File.ReadLines(Fixtures.PathOf($"{folder}/README.md")).Select(line => CargoErrorRow().Match(line)).Where(row => row.Success))
            {
                data.Add(folder, row.Groups["crate"].Value, row.Groups["from"].Value, row.Groups["rule"].Value, row.Groups["code"].Value);
            }
        }

        return data;
    }

    /// <summary>Cargo's error names PyO3's own feature or build-config call: it links as a crossed change, and without evidence as a requirement.</summary>
    [Theory]
    [MemberData(nameof(CargoErrorTables))]
    public void CargosOwnErrorIsRewritten(string folder, string crate, string writtenFor, string ruleId, string code)
    {
        var rules = BuiltInRules.Rules.For(new Dictionary<string, CargoVersion> { ["pyo3"] = ResolvedPyO3[folder] });
        var error = Assert.Single(RecordedDiagnostics.CargoErrors(crate, folder));
        var diagnostic = new CargoBuild.CargoMessages.RustcDiagnostic(error.Message, null, "error", [], [], null);

        var crossed = rules.Match(diagnostic, SignalSource.Cargo, CargoVersion.Parse(writtenFor));
        var required = rules.Match(diagnostic, SignalSource.Cargo, upgradedFrom: null);

        Assert.Equal((ruleId, code, MigrationKind.BreakingChange), (crossed?.Rule.Id, crossed?.Rule.Code, crossed?.Kind));
        Assert.Equal((ruleId, MigrationKind.Requirement), (required?.Rule.Id, required?.Kind));
    }

    /// <summary>
    /// A RefCell in a #[pyclass] breaks 0.23's Sync requirement: without evidence of an upgrade it links as a
    /// requirement to 0.23's free-threading section, never to 0.11's Send section, whose assertion PyO3 replaced.
    /// </summary>
    [Theory]
    [InlineData("pyclass-refcell")]
    [InlineData("pyclass-cell")]
    [InlineData("pyclass-rc")]
    public void PyClassThatIsNotSyncLinksToTheFreeThreadingSection(string crate)
    {
        var rules = BuiltInRules.Rules.For(new Dictionary<string, CargoVersion> { ["pyo3"] = ResolvedPyO3["pyo3-0.28"] });

        var matches = RecordedDiagnostics.FromRealBuild(crate, "pyo3-0.28").Where(diagnostic => diagnostic.Level == "error")
            .Select(diagnostic => rules.Match(diagnostic, SignalSource.Rustc, upgradedFrom: null)).ToList();

        // An Rc is not Send either: that half of PyO3's assertion is 0.11's requirement, and links there.
        Assert.Contains(matches, match => match?.Rule.Id == "PYO3-0023-SYNC");
        Assert.All(matches, match => Assert.Equal(match!.Signal.Message!.ToString().Contains("cannot be sent", StringComparison.Ordinal)
                ? ("PYO3-0011-SEND", MigrationKind.Requirement, "https://pyo3.rs/v0.28.3/migration.html#pyclass-structs-must-now-be-send-or-unsendable")
                : ("PYO3-0023-SYNC", MigrationKind.Requirement, "https://pyo3.rs/v0.28.3/migration.html#free-threaded-python-support"),
            (match.Rule.Id, match.Kind, match.Url)));
    }

    /// <summary>PyO3's own bound for an `extends` base names the `subclass` option it needs: a requirement, with no evidence.</summary>
    [Fact]
    public void BaseWithoutSubclassLinksAsARequirementWithoutUpgradeEvidence()
    {
        var rules = BuiltInRules.Rules.For(new Dictionary<string, CargoVersion> { ["pyo3"] = ResolvedPyO3["pyo3-0.28"] });

        var matches = RecordedDiagnostics.FromRealBuild("pyclass-base", "pyo3-0.28").Where(diagnostic => diagnostic.Level == "error")
            .Select(diagnostic => rules.Match(diagnostic, SignalSource.Rustc, upgradedFrom: null)).ToList();

        Assert.NotEmpty(matches);
        Assert.All(matches, match => Assert.Equal(("PYO3-0013-SUBCLASS", MigrationKind.Requirement, "https://pyo3.rs/v0.28.3/migration.html#runtime-changes-to-support-the-cpython-limited-api"),
            (match?.Rule.Id, match?.Kind, match?.Url)));
    }

    /// <summary>
    /// 0.20's `#[pymodule] fn m(py: Python, m: &amp;PyModule)` and `&amp;PyAny` arguments: their spans often hold only `&amp;`
    /// or the attribute, so without a known from-version the link is PyO3's requirement to use Bound, for 0.28 and 0.29.
    /// </summary>
    [Theory]
    [InlineData("pyo3-0.28", 9, 1)]
    [InlineData("pyo3-0.28", 5, 20)]
    [InlineData("pyo3-0.29", 9, 1)]
    [InlineData("pyo3-0.29", 5, 20)]
    public void GilRefsModuleLinksToTheBoundSectionWithoutUpgradeEvidence(string folder, int line, int column)
    {
        var rules = BuiltInRules.Rules.For(new Dictionary<string, CargoVersion> { ["pyo3"] = ResolvedPyO3[folder] });

        var diagnostic = RecordedDiagnostics.FromRealBuild("gil-refs-module", folder)
            .Single(candidate => candidate.Spans.Any(span => span.IsPrimary && (span.LineStart, span.ColumnStart) == (line, column)));
        var match = rules.Match(diagnostic, SignalSource.Rustc, upgradedFrom: null);

        Assert.Equal(("PYO3-0021-BOUND", MigrationKind.Requirement), (match?.Rule.Id, match?.Kind));
        Assert.EndsWith("#migrating-from-the-gil-refs-api-to-boundt", match!.Url);
    }

    private static IReadOnlyList<(BuildDiagnostic Diagnostic, string? RuleId)> Rewritten(string folder, string crate, CargoVersion writtenFor)
    {
        var mapper = new RustcDiagnosticMapper($"{RecordedDiagnostics.RecordingRootOf(folder)}/{crate}");
        var rules = BuiltInRules.Rules.For(new Dictionary<string, CargoVersion> { ["pyo3"] = ResolvedPyO3[folder] });
        var reported = new List<(BuildDiagnostic, string?)>();
        foreach (var diagnostic in RecordedDiagnostics.FromRealBuild(crate, folder))
        {
            if (mapper.Map(diagnostic) is { } mapped)
            {
                var match = rules.Match(diagnostic, SignalSource.Rustc, writtenFor);
                reported.Add((match?.Rewrite(mapped) ?? mapped, match?.Rule.Id));
            }
        }

        return reported;
    }

    // | crate | old API (written for X.Y) | rule id | code | src/lib.rs:line:col | severity |
    private static IEnumerable<(string Folder, string Crate, string WrittenFor, string RuleId, string Code, int Line, int Column, string Severity)> CrateTableRows() =>
        ResolvedPyO3.Keys.SelectMany(folder => File.ReadLines(Fixtures.PathOf($"{folder}/README.md"))
            .Select(line => CrateTableRow().Match(line))
            .Where(row => row.Success)
            .Select(row => (folder, row.Groups["crate"].Value, row.Groups["from"].Value, row.Groups["rule"].Value, row.Groups["code"].Value,
                int.Parse(row.Groups["line"].Value), int.Parse(row.Groups["column"].Value), row.Groups["severity"].Value)));

    [GeneratedRegex(@"^\| (?<crate>[a-z0-9-]+) \|[^|]*\((?<from>\d+\.\d+)\) \| (?<rule>PYO3-[A-Z0-9-]+) \| (?<code>PY\d{4}) \| src/lib\.rs:(?<line>\d+):(?<column>\d+) \| (?<severity>error|warning) \|$")]
    private static partial Regex CrateTableRow();

    [GeneratedRegex(@"^\| (?<crate>[a-z0-9-]+) \|[^|]*\((?<from>\d+\.\d+)\) \| (?<rule>PYO3-[A-Z0-9-]+) \| (?<code>PY\d{4}) \| error \|$")]
    private static partial Regex CargoErrorRow();
}
