using CargoBuild.CargoMessages;
using CargoBuild.Diagnostics;
using CargoBuild.Migrations;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Migrations;

/// <summary>
/// When a link may say "breaking change": only with evidence that the code was written for an older pyo3 (a known
/// from-version, or an old API named under the diagnostic's spans); otherwise only a requirement links, worded as one.
/// Real diagnostics from pyo3 0.17.3 builds (Fixtures/pyo3).
/// </summary>
public sealed class UpgradeAwarenessTests
{
    private static readonly CrateMigrationRules PyO3_0_17_3 = BuiltInRules.Rules.For(new Dictionary<string, CargoVersion> { ["pyo3"] = CargoVersion.Parse("0.17.3") });

    private static RustcDiagnostic PyRefNew => RecordedDiagnostics.FromRealBuild("pyref-new")[0];

    [Fact]
    public void KnownFromVersionBeforeTheStepMakesItABreakingChangeThatNamesTheUpgrade()
    {
        var match = PyO3_0_17_3.Match(PyRefNew, SignalSource.Rustc, CargoVersion.Parse("0.8.3"))!;
        var rewritten = match.Rewrite(new BuildDiagnostic(DiagnosticSeverity.Error, "E0599", PyRefNew.Message));

        Assert.Equal((MigrationKind.BreakingChange, "PYO3-0009-PYREF-NEW"), (match.Kind, match.Rule.Id));
        Assert.Contains("-- pyo3 0.8.3 → 0.17.3: breaking change of 0.8 → 0.9, ", rewritten.Message);
    }

    [Fact]
    public void KnownFromVersionAtOrAfterTheStepGetsNoBreakingChange()
    {
        Assert.Null(PyO3_0_17_3.Match(PyRefNew, SignalSource.Rustc, CargoVersion.Parse("0.9.0")));
        Assert.Null(PyO3_0_17_3.Match(PyRefNew, SignalSource.Rustc, CargoVersion.Parse("0.17.3")));
    }

    [Fact]
    public void WithoutEvidenceAnOldApiErrorGetsNoLink() =>
        Assert.Null(PyO3_0_17_3.Match(RecordedDiagnostics.FromRealBuild("extract-reference")[0], SignalSource.Rustc));

    /// <summary>The span's source text names `PyRawObject`, an API 0.9 removed: evidence enough, and the message says so.</summary>
    [Fact]
    public void OldApiUnderTheSpanIsEvidenceOfTheStep()
    {
        var diagnostic = RecordedDiagnostics.FromRealBuild("pyrawobject")[0];

        var match = PyO3_0_17_3.Match(diagnostic, SignalSource.Rustc)!;
        var rewritten = match.Rewrite(new BuildDiagnostic(DiagnosticSeverity.Error, "E0425", diagnostic.Message));

        Assert.Equal((MigrationKind.BreakingChange, "PyRawObject"), (match.Kind, match.OldApi));
        Assert.Contains("-- pyo3 0.8 → 0.9 breaking change (the code uses `PyRawObject`), `#[new]` interface: ", rewritten.Message);
    }

    /// <summary>cargo's error for a feature pyo3 does not have is PyO3's own: a requirement, never a breaking change, without evidence.</summary>
    [Fact]
    public void RequirementLinksWithoutEvidenceAndIsWordedAsARequirement()
    {
        var error = RecordedDiagnostics.CargoErrors("cargo-feature")[0];
        var diagnostic = new RustcDiagnostic(error.Message, null, "error", [], [], null);

        var match = PyO3_0_17_3.Match(diagnostic, SignalSource.Cargo)!;
        var rewritten = match.Rewrite(error);

        Assert.Equal((MigrationKind.Requirement, "PY9907"), (match.Kind, match.Rule.Code));
        Assert.Contains(" -- pyo3 requirement, ", rewritten.Message);
        Assert.DoesNotContain("breaking change", rewritten.Message);
        Assert.DoesNotContain("→", rewritten.Message[rewritten.Message.IndexOf(" -- ", StringComparison.Ordinal)..]);
    }

    /// <summary>#![deny(deprecated)] turns the acquire_gil deprecation into an error: the deprecation's rule still explains it.</summary>
    [Fact]
    public void DeprecationPromotedToAnErrorMatchesTheWarningsRule()
    {
        var warning = RecordedDiagnostics.FromRealBuild("acquire-gil")[0];
        var promoted = warning with { Level = "error" };

        var match = PyO3_0_17_3.Match(promoted, SignalSource.Rustc, CargoVersion.Parse("0.16.6"));

        Assert.Equal("PYO3-0019-ACQUIRE-GIL", match?.Rule.Id);
    }

    [Fact]
    public void ErrorSignalDoesNotMatchAWarning()
    {
        var error = PyRefNew with { Level = "warning" };

        Assert.Null(PyO3_0_17_3.Match(error, SignalSource.Rustc, CargoVersion.Parse("0.8.3")));
    }

    /// <summary>Two rules match one diagnostic: the newer step within the upgrade wins, whatever the file order.</summary>
    [Fact]
    public void NewestStepWithinTheUpgradeWinsOverFileOrder()
    {
        var rules = MigrationRuleFile.Parse("""
            format = 1

            [[rule]]
            id = "NEWER"
            code = "LIB0002"
            title = "newer"
            step = "2.x → 3.0"
            package = "pyo3"
            url = "https://example.invalid/3"
            fix = "f"

            [[rule.signal]]
            message = 'cannot find function'

            [[rule]]
            id = "OLDER"
            code = "LIB0001"
            title = "older"
            step = "1.x → 2.0"
            package = "pyo3"
            url = "https://example.invalid/2"
            fix = "f"

            [[rule.signal]]
            message = 'cannot find function'
            """, "rules.toml", new List<BuildDiagnostic>());
        var crate = new MigrationRuleSet(rules).For(new Dictionary<string, CargoVersion> { ["pyo3"] = CargoVersion.Parse("3.1.0") });
        var diagnostic = new RustcDiagnostic("cannot find function `f` in this scope", "E0425", "error", [], [], null);

        Assert.Equal("NEWER", crate.Match(diagnostic, SignalSource.Rustc, CargoVersion.Parse("1.0.0"))!.Rule.Id);
        Assert.Null(crate.Match(diagnostic, SignalSource.Rustc, CargoVersion.Parse("3.0.0")));
        Assert.Equal("NEWER", new MigrationRuleSet([.. rules.Reverse()]).For(new Dictionary<string, CargoVersion> { ["pyo3"] = CargoVersion.Parse("3.1.0") })
            .Match(diagnostic, SignalSource.Rustc, CargoVersion.Parse("1.0.0"))!.Rule.Id);
        Assert.Equal("NEWER", crate.Match(diagnostic, SignalSource.Rustc, CargoVersion.Parse("2.5.0"))!.Rule.Id);
    }

    [Fact]
    public void SummaryListsEachBreakingChangeOnceInStepOrderWithItsCountAndLink()
    {
        var summary = new UpgradeSummary();
        var from = CargoVersion.Parse("0.8.3");
        foreach (var (crate, line) in new[] { ("pyref-new", 10), ("pyref-new", 10), ("pyrawobject", 12), ("pyref-new", 11) })
        {
            var diagnostic = RecordedDiagnostics.FromRealBuild(crate)[0];
            var match = PyO3_0_17_3.Match(diagnostic, SignalSource.Rustc, from)!;
            summary.Add(match, match.Rewrite(new BuildDiagnostic(DiagnosticSeverity.Error, "E0599", diagnostic.Message) { File = crate, Line = line, Column = 1 }));
        }

        var lines = summary.Describe()!.Split(Environment.NewLine);

        Assert.Equal("Upgrade pyo3 0.8.3 → 0.17.3: 3 diagnostics come from 2 breaking changes:", lines[0]);
        Assert.Equal(["  PY0901 0.8 → 0.9: `#[new]` interface (1) https://pyo3.rs/v0.17.3/migration.html#new-interface",
            "  PY0903 0.8 → 0.9: Object creation (2) https://pyo3.rs/v0.17.3/migration.html#object-creation"], lines[1..]);
    }

    [Fact]
    public void RequirementsAreNotPartOfTheUpgradeSummary()
    {
        var summary = new UpgradeSummary();
        var error = RecordedDiagnostics.CargoErrors("cargo-feature")[0];
        var match = PyO3_0_17_3.Match(new RustcDiagnostic(error.Message, null, "error", [], [], null), SignalSource.Cargo)!;

        summary.Add(match, match.Rewrite(error));

        Assert.Null(summary.Describe());
    }
}
