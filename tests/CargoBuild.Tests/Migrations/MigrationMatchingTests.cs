using CargoBuild.CargoMessages;
using CargoBuild.Migrations;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Migrations;

/// <summary>Matching rules: controls that must not match, inferred diagnostics for what pyo3 0.17.3 cannot produce, and coverage.</summary>
public sealed class MigrationMatchingTests
{
    private static readonly IReadOnlyDictionary<string, CargoVersion> PyO3_0_17_3 = new Dictionary<string, CargoVersion> { ["pyo3"] = CargoVersion.Parse("0.17.3") };

    private static readonly IReadOnlyDictionary<string, CargoVersion> WithoutPyO3 = new Dictionary<string, CargoVersion> { ["libc"] = CargoVersion.Parse("0.2.139") };

    /// <summary>Real builds of crates without pyo3 that fail with look-alike errors: an Rc sent to a thread, unresolved PyO3-like names.</summary>
    [Theory]
    [InlineData("control-no-pyo3-send")]
    [InlineData("control-no-pyo3-import")]
    public void CrateWithoutPyO3InItsGraphGetsNoRule(string crate)
    {
        var reported = RealBuildTests.Rewritten(crate, WithoutPyO3);

        Assert.NotEmpty(reported);
        Assert.All(reported, found => Assert.Null(found.RuleId));
        Assert.All(reported, found => Assert.Matches("^E0", found.Diagnostic.Code));
    }

    /// <summary>A real pyo3 crate whose Send error comes from std::thread::spawn, not from a #[pyclass].</summary>
    [Fact]
    public void ThreadSendErrorInAPyO3CrateIsNotThePyClassRule()
    {
        var reported = RealBuildTests.Rewritten("control-pyo3-thread-send");

        var error = Assert.Single(reported, found => found.Diagnostic.Code == "E0277");
        Assert.Null(error.RuleId);
        Assert.Contains("cannot be sent between threads safely", error.Diagnostic.Message);
    }

    [Fact]
    public void CorrectPyO3CrateBuildsWithoutDiagnostics() =>
        Assert.Empty(RecordedDiagnostics.FromRealBuild("control-pyo3-ok"));

    /// <summary>With no pyo3 in the graph even the real old-API errors pass unchanged.</summary>
    [Fact]
    public void OldApiErrorWithoutPyO3InTheGraphPassesUnchanged()
    {
        var diagnostic = RecordedDiagnostics.FromRealBuild("pyrawobject")[0];

        Assert.Null(BuiltInRules.Rules.For(WithoutPyO3).Match(diagnostic, SignalSource.Rustc));
    }

    [Fact]
    public void UnrelatedErrorPassesUnchanged()
    {
        var diagnostic = new RustcDiagnostic("mismatched types", "E0308", "error", [], [], null);

        Assert.Null(BuiltInRules.Rules.For(PyO3_0_17_3).Match(diagnostic, SignalSource.Rustc));
    }

    [Fact]
    public void RustcDiagnosticIsNotMatchedByACargoSignalNorTheOtherWayRound()
    {
        var cargoText = RecordedDiagnostics.CargoErrors("cargo-feature")[0].Message;
        var asRustc = new RustcDiagnostic(cargoText, null, "error", [], [], null);
        var rules = BuiltInRules.Rules.For(PyO3_0_17_3);

        Assert.Null(rules.Match(asRustc, SignalSource.Rustc));
        Assert.Null(rules.Match(RecordedDiagnostics.FromRealBuild("pyrawobject")[0], SignalSource.Cargo));
    }

    /// <summary>Runtime-only signals document a breakage; they never match compiler or cargo output, even text they describe.</summary>
    [Fact]
    public void RuntimeSignalsNeverMatchBuildOutput()
    {
        var runtimeText = new RustcDiagnostic("RuntimeError: Already borrowed", null, "error", [], [], null);
        var rules = BuiltInRules.Rules.For(PyO3_0_17_3);

        Assert.Null(rules.Match(runtimeText, SignalSource.Rustc));
        Assert.Null(rules.Match(runtimeText, SignalSource.Cargo));
    }

    /// <summary>Linear-time matching: a megabyte-long diagnostic goes through every rule (no timing assertion: it must simply finish).</summary>
    [Fact]
    public void HugeDiagnosticIsMatchedAgainstEveryRule()
    {
        var text = string.Concat(Enumerable.Repeat("the trait bound `&Settings: pyo3::FromPyObject<'_> cannot be sent between threads safely ", 12_000));
        var diagnostic = new RustcDiagnostic(text, "E0277", "error", [], [new RustcDiagnostic(text, null, "note", [], [], null)], text);

        Assert.Null(BuiltInRules.Rules.For(PyO3_0_17_3).Match(diagnostic, SignalSource.Rustc));
    }

    public static TheoryData<string, int, string, string> InferredSignals()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var (ruleId, signal, source, versions, _) in RecordedDiagnostics.Inferred())
        {
            data.Add(ruleId, signal, source, versions);
        }

        return data;
    }

    /// <summary>
    /// Signals that pyo3 0.17.3 cannot reproduce are tested on diagnostics built from their own patterns
    /// (Fixtures/pyo3/inferred, not recorded): the signal must match its example for the lowest pyo3 it names, built by
    /// code written for the step's old version; only a rule of a newer step may take it.
    /// </summary>
    [Theory]
    [MemberData(nameof(InferredSignals))]
    public void InferredDiagnosticMatchesItsOwnSignal(string ruleId, int signal, string source, string versions)
    {
        var diagnostic = RecordedDiagnostics.Inferred().First(inferred => inferred.RuleId == ruleId && inferred.Signal == signal).Diagnostic;
        var version = VersionRequirement.Parse(versions).LowestAdmitted()!;
        var rule = BuiltInRules.Rules.Rules.Single(candidate => candidate.Id == ruleId);

        var match = BuiltInRules.Rules.For(new Dictionary<string, CargoVersion> { ["pyo3"] = version })
            .Match(diagnostic, source == "cargo" ? SignalSource.Cargo : SignalSource.Rustc, BuiltInRules.WrittenFor(rule));

        // A newer step's rule that matches too is the more specific explanation for code that crossed both.
        Assert.NotNull(match);
        Assert.True(match.Rule.Id == ruleId ? ReferenceEquals(rule.Signals[signal], match.Signal) : match.Rule.StepTo!.CompareTo(rule.StepTo) > 0,
            $"{match.Rule.Id} (step {match.Rule.Step}) took the example of {ruleId} (step {rule.Step})");
    }

    /// <summary>Every signal that can match build output is confirmed by a real build or has an inferred example.</summary>
    [Fact]
    public void EverySignalIsTestedOnARealOrInferredDiagnostic()
    {
        var inferred = RecordedDiagnostics.Inferred().Select(found => (found.RuleId, found.Signal)).ToHashSet();

        var untested = BuiltInRules.Rules.Rules.SelectMany(rule => rule.Signals.Select((signal, index) => (rule.Id, Index: index, Signal: signal)))
            .Where(entry => entry.Signal.Source != SignalSource.Runtime && entry.Signal.Confirmed is null && !inferred.Contains((entry.Id, entry.Index)));

        Assert.Empty(untested.Select(entry => $"{entry.Id} signal {entry.Index}"));
    }
}
