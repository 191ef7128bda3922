using System.Text.RegularExpressions;
using CargoBuild.Diagnostics;
using CargoBuild.Migrations;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Migrations;

/// <summary>
/// The shipped rules against real rustc 1.95 / cargo 1.95 output for old-API crates built with pyo3 0.17.3
/// (Fixtures/pyo3, re-recorded by Fixtures/pyo3/record.sh); a confirmed signal may name a recording of
/// Fixtures/pyo3-0.22 (<see cref="PyO3_0_22RealBuildTests"/>) instead.
/// </summary>
public sealed partial class RealBuildTests
{
    private static readonly IReadOnlyDictionary<string, CargoVersion> PyO3_0_17_3 = new Dictionary<string, CargoVersion> { ["pyo3"] = CargoVersion.Parse("0.17.3") };

    public static TheoryData<string, int> ConfirmedSignals()
    {
        var data = new TheoryData<string, int>();
        foreach (var rule in BuiltInRules.Rules.Rules)
        {
            for (var index = 0; index < rule.Signals.Count; index++)
            {
                if (rule.Signals[index].Confirmed is not null)
                {
                    data.Add(rule.Id, index);
                }
            }
        }

        return data;
    }

    /// <summary>
    /// A signal marked confirmed names the recording of the real build that confirmed it; that recording must have a
    /// diagnostic that this very signal matches (no more specific rule takes it), for the version it names, when the
    /// code was written for the step's old version.
    /// </summary>
    [Theory]
    [MemberData(nameof(ConfirmedSignals))]
    public void ConfirmedSignalMatchesTheRealBuildItNames(string ruleId, int signalIndex)
    {
        var rule = BuiltInRules.Rules.Rules.Single(candidate => candidate.Id == ruleId);
        var signal = rule.Signals[signalIndex];
        var confirmation = Confirmation().Match(signal.Confirmed!);
        Assert.True(confirmation.Success, signal.Confirmed);
        var dependencies = new Dictionary<string, CargoVersion> { [confirmation.Groups["package"].Value] = CargoVersion.Parse(confirmation.Groups["version"].Value) };
        var (folder, fixture) = (confirmation.Groups["folder"].Value, confirmation.Groups["fixture"].Value);
        var rules = BuiltInRules.Rules.For(dependencies);
        var writtenFor = BuiltInRules.WrittenFor(rule);

        var matches = fixture.EndsWith(".stderr.txt", StringComparison.Ordinal)
            ? RecordedDiagnostics.CargoErrors(fixture[..^".stderr.txt".Length], folder)
                .Select(error => rules.Match(new CargoBuild.CargoMessages.RustcDiagnostic(error.Message, null, "error", [], [], null), SignalSource.Cargo, writtenFor))
            : RealBuildRecordings.ForFolder(folder).FromRealBuild(fixture[..^".jsonl".Length])
                .Select(diagnostic => rules.Match(diagnostic, signal.Source, writtenFor));

        Assert.Contains(matches, match => match?.Rule == rule && ReferenceEquals(match.Signal, signal));
    }

    /// <summary>The crate table of Fixtures/pyo3/README.md, which the end-to-end tests rely on, row by row.</summary>
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
            && found.Diagnostic.File == $"{RecordedDiagnostics.RecordingRoot}/{crate}/src/lib.rs");
    }

    /// <summary>Every diagnostic a rule rewrites in the old-API crates is in the table, and every error there is explained by a rule.</summary>
    [Fact]
    public void CrateTableListsEveryRewrittenDiagnosticAndNoErrorIsLeftUnexplained()
    {
        var table = CrateTableRows().Select(row => (row.Crate, row.Code, row.Line, row.Column)).ToHashSet();
        foreach (var crate in RecordedDiagnostics.Crates().Where(crate => !crate.StartsWith("control-", StringComparison.Ordinal) && File.Exists(Fixtures.PathOf($"pyo3/{crate}.jsonl"))))
        {
            foreach (var (diagnostic, ruleId) in Rewritten(crate))
            {
                Assert.True(ruleId is not null || diagnostic.Severity != DiagnosticSeverity.Error, $"{crate}: {diagnostic.Message}");
                Assert.True(ruleId is null || table.Contains((crate, diagnostic.Code!, diagnostic.Line, diagnostic.Column)), $"{crate}: {diagnostic.Code} at {diagnostic.Line}:{diagnostic.Column} is not in README.md");
            }
        }
    }

    [Fact]
    public void RewrittenDiagnosticKeepsRustcsCodeAndTextAndCarriesHintAndLink()
    {
        var diagnostic = RecordedDiagnostics.FromRealBuild("pyrawobject")[0];
        var mapped = new RustcDiagnosticMapper($"{RecordedDiagnostics.RecordingRoot}/pyrawobject").Map(diagnostic)!;

        var rewritten = BuiltInRules.Rules.For(PyO3_0_17_3).Match(diagnostic, SignalSource.Rustc, CargoVersion.Parse("0.8.5"))!.Rewrite(mapped);

        Assert.Equal(("PY0901", DiagnosticSeverity.Error, 12, 18), (rewritten.Code, rewritten.Severity, rewritten.Line, rewritten.Column));
        Assert.StartsWith("E0425: cannot find type `PyRawObject` in this scope", rewritten.Message);
        Assert.Contains("pyo3 0.8.5 → 0.17.3: breaking change of 0.8 → 0.9, `#[new]` interface: Make `#[new]` return `Self`", rewritten.Message);
        Assert.EndsWith("See https://pyo3.rs/v0.17.3/migration.html#new-interface", rewritten.Message);
        Assert.Equal("https://pyo3.rs/v0.17.3/migration.html#new-interface", rewritten.HelpLink);
    }

    [Fact]
    public void DeprecationWarningStaysAWarningWithTheLink()
    {
        var diagnostic = RecordedDiagnostics.FromRealBuild("acquire-gil")[0];
        var mapped = new RustcDiagnosticMapper($"{RecordedDiagnostics.RecordingRoot}/acquire-gil").Map(diagnostic)!;

        var rewritten = BuiltInRules.Rules.For(PyO3_0_17_3).Match(diagnostic, SignalSource.Rustc, CargoVersion.Parse("0.16.6"))!.Rewrite(mapped);

        Assert.Equal((DiagnosticSeverity.Warning, "PY1903"), (rewritten.Severity, rewritten.Code));
        Assert.StartsWith("deprecated: use of deprecated associated function `pyo3::Python::<'py>::acquire_gil`", rewritten.Message);
        Assert.EndsWith("See " + rewritten.HelpLink, rewritten.Message);
    }

    /// <summary>The section came after the resolved version (0.19 removed what 0.17 deprecates): the first guide that has it.</summary>
    [Fact]
    public void LinkUsesTheOldestGuideThatHasTheSectionWhenTheResolvedVersionPredatesIt()
    {
        var match = BuiltInRules.Rules.For(PyO3_0_17_3).Match(RecordedDiagnostics.FromRealBuild("acquire-gil")[0], SignalSource.Rustc, CargoVersion.Parse("0.16.6"));

        Assert.Equal("https://pyo3.rs/v0.19.0/migration.html#the-deprecated-pythonacquire_gil-was-removed-and-pythonwith_gil-must-be-used-instead", match!.Url);
    }

    [Fact]
    public void LinkUsesTheNewestPatchOfTheResolvedMinorVersion()
    {
        var diagnostic = RecordedDiagnostics.FromRealBuild("pyrawobject")[0];

        var match = BuiltInRules.Rules.For(new Dictionary<string, CargoVersion> { ["pyo3"] = CargoVersion.Parse("0.14.0") }).Match(diagnostic, SignalSource.Rustc, CargoVersion.Parse("0.8.5"));

        Assert.Equal("https://pyo3.rs/v0.14.5/migration.html#new-interface", match!.Url);
    }

    /// <summary>The 0.11 guide slug "pyclass-structs-must-now-be-send" was renamed in 0.11.1: a 0.11.0 user gets 0.11.1's.</summary>
    [Fact]
    public void LinkSkipsAGuideWhoseSlugDiffers()
    {
        var diagnostic = RecordedDiagnostics.FromRealBuild("pyclass-send")[0];

        var match = BuiltInRules.Rules.For(new Dictionary<string, CargoVersion> { ["pyo3"] = CargoVersion.Parse("0.11.0") }).Match(diagnostic, SignalSource.Rustc, CargoVersion.Parse("0.10.0"));

        Assert.Equal("https://pyo3.rs/v0.11.1/migration.html#pyclass-structs-must-now-be-send-or-unsendable", match!.Url);
    }

    [Fact]
    public void RuleOutsideItsVersionRangeDoesNotApply()
    {
        var diagnostic = RecordedDiagnostics.FromRealBuild("acquire-gil")[0];

        Assert.Null(BuiltInRules.Rules.For(new Dictionary<string, CargoVersion> { ["pyo3"] = CargoVersion.Parse("0.16.6") }).Match(diagnostic, SignalSource.Rustc, CargoVersion.Parse("0.15.0")));
    }

    /// <summary>A feature pyo3 does not have is a requirement; one it dropped (abi3-py36, in 0.16) is a breaking change for code of 0.15.</summary>
    [Theory]
    [InlineData("cargo-feature", "PY9907", null)]
    [InlineData("abi3-py36", "PY1601", "0.15")]
    public void CargosOwnErrorForAFeaturePyO3DoesNotHaveIsRewritten(string crate, string code, string? writtenFor)
    {
        var rewriter = new DiagnosticRewriter(() => BuiltInRules.Rules, () => PyO3_0_17_3, () => writtenFor is null ? null : CargoVersion.Parse(writtenFor));

        var rewritten = Assert.Single(RecordedDiagnostics.CargoErrors(crate).Select(rewriter.RewriteCargoError));

        Assert.Equal((code, DiagnosticSeverity.Error), (rewritten.Code, rewritten.Severity));
        Assert.StartsWith("CB1004: failed to select a version for `pyo3`.", rewritten.Message);
        Assert.EndsWith("See " + rewritten.HelpLink, rewritten.Message);
    }

    internal static IReadOnlyList<(BuildDiagnostic Diagnostic, string? RuleId)> Rewritten(string crate, IReadOnlyDictionary<string, CargoVersion>? dependencies = null)
    {
        var mapper = new RustcDiagnosticMapper($"{RecordedDiagnostics.RecordingRoot}/{crate}");
        var rules = BuiltInRules.Rules.For(dependencies ?? PyO3_0_17_3);
        var writtenFor = WrittenFor(crate);
        var reported = new List<(BuildDiagnostic, string?)>();
        foreach (var diagnostic in RecordedDiagnostics.FromRealBuild(crate))
        {
            if (mapper.Map(diagnostic) is { } mapped)
            {
                var match = rules.Match(diagnostic, SignalSource.Rustc, writtenFor);
                reported.Add((match?.Rewrite(mapped) ?? mapped, match?.Rule.Id));
            }
        }

        return reported;
    }

    /// <summary>The pyo3 version an old-API crate was written for, as its README row says ("… (0.8)"); null for controls.</summary>
    private static CargoVersion? WrittenFor(string crate) =>
        File.ReadLines(Fixtures.PathOf("pyo3/README.md")).Select(line => WrittenForColumn().Match(line))
            .Where(row => row.Success && row.Groups["crate"].Value == crate).Select(row => CargoVersion.Parse(row.Groups["version"].Value)).FirstOrDefault();

    // | crate | old API | rule id | code | src/lib.rs:line:col | severity |
    private static IEnumerable<(string Crate, string RuleId, string Code, int Line, int Column, string Severity)> CrateTableRows() =>
        File.ReadLines(Fixtures.PathOf("pyo3/README.md"))
            .Select(line => CrateTableRow().Match(line))
            .Where(row => row.Success)
            .Select(row => (row.Groups["crate"].Value, row.Groups["rule"].Value, row.Groups["code"].Value,
                int.Parse(row.Groups["line"].Value), int.Parse(row.Groups["column"].Value), row.Groups["severity"].Value));

    [GeneratedRegex(@"^\| (?<crate>[a-z0-9-]+) \|[^|]*\| (?<rule>PYO3-[A-Z0-9-]+) \| (?<code>PY\d{4}) \| src/lib\.rs:(?<line>\d+):(?<column>\d+) \| (?<severity>error|warning) \|$")]
    private static partial Regex CrateTableRow();

    [GeneratedRegex(@"^\| (?<crate>[a-z0-9-]+) \|[^|]*\((?<version>0\.\d+)\) \|")]
    private static partial Regex WrittenForColumn();

    [GeneratedRegex(@"with (?<package>\S+) (?<version>\S+): tests/CargoBuild\.Tests/Fixtures/(?<folder>pyo3(-\d+\.\d+)?)/(?<fixture>\S+)$")]
    private static partial Regex Confirmation();
}
