using CargoBuild.CargoMessages;
using CargoBuild.Diagnostics;
using CargoBuild.Migrations;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Migrations;

/// <summary>The shipped rules against real rustc 1.95 output for old-API crates built with pyo3 0.17.3.</summary>
public sealed class MigrationMatchingTests
{
    private static readonly IReadOnlyDictionary<string, CargoVersion> PyO3_0_17_3 = new Dictionary<string, CargoVersion> { ["pyo3"] = CargoVersion.Parse("0.17.3") };

    [Theory]
    [InlineData("pyrawobject", "cannot find type `PyRawObject`", "PYO3-0009-PYRAWOBJECT", "new-interface")]
    [InlineData("pyrawobject", "PyClassInitializer<Counter>: From<()>", "PYO3-0009-PYRAWOBJECT", "new-interface")]
    [InlineData("pyref-new", "associated item named `new`", "PYO3-0009-PYREF-NEW", "object-creation")]
    [InlineData("extract-reference", "&Settings: pyo3::FromPyObject", "PYO3-0009-EXTRACT-REF", "object-extraction")]
    [InlineData("objectprotocol", "unresolved import `pyo3::ObjectProtocol`", "PYO3-0010-OBJECTPROTOCOL", "objectprotocol-is-removed")]
    [InlineData("specialization", "may not be used on the stable release channel", "PYO3-0010-FEATURE-SPECIALIZATION", "no-featurespecialization-in-user-code")]
    [InlineData("specialization", "the feature `specialization` is incomplete", "PYO3-0010-FEATURE-SPECIALIZATION", "no-featurespecialization-in-user-code")]
    [InlineData("pyclass-send", "cannot be sent between threads safely", "PYO3-0011-SEND", "pyclass-structs-must-now-be-send-or-unsendable")]
    [InlineData("pyclass-arc-refcell", "cannot be shared between threads safely", "PYO3-0011-SEND", "pyclass-structs-must-now-be-send-or-unsendable")]
    [InlineData("pyproto-arguments", "&'p Number: FromPyObject<'p>", "PYO3-0009-PYPROTO-REF", "pyproto")]
    [InlineData("pyproto-arguments", "use of deprecated trait `pyo3::PyNumberProtocol`", "PYO3-0016-PYPROTO-DEPRECATED", "pyproto-has-been-deprecated")]
    [InlineData("refcnt-without-python", "takes 1 argument but 0 arguments", "PYO3-0011-PY-ARG", "all-pyobject-and-pyt-methods-now-take-python-as-an-argument")]
    [InlineData("pyproto", "cannot find attribute `pyproto`", "PYO3-0017-PYPROTO-FEATURE", "the-pyproto-feature-is-now-disabled-by-default")]
    [InlineData("pyproto", "unresolved import `pyo3::class::PyObjectProtocol`", "PYO3-0017-PYPROTO-FEATURE", "the-pyproto-feature-is-now-disabled-by-default")]
    public void RealDiagnosticMatchesItsRuleWithALinkForTheResolvedVersion(string crate, string messagePart, string ruleId, string anchor)
    {
        var diagnostic = RecordedDiagnostics.FromRealBuild(crate).First(found => found.Message.Contains(messagePart, StringComparison.Ordinal));

        var match = BuiltInRules.Rules.For(PyO3_0_17_3).Match(diagnostic, SignalSource.Rustc);

        Assert.NotNull(match);
        Assert.Equal(ruleId, match.Rule.Id);
        Assert.Equal($"https://pyo3.rs/v0.17.3/migration.html#{anchor}", match.Url);
        Assert.NotNull(match.Signal.Confirmed);
    }

    [Fact]
    public void LinkUsesTheOldestGuideThatHasTheSectionWhenTheResolvedVersionPredatesIt()
    {
        var diagnostic = RecordedDiagnostics.FromRealBuild("acquire-gil")[0];

        var match = BuiltInRules.Rules.For(PyO3_0_17_3).Match(diagnostic, SignalSource.Rustc);

        Assert.Equal("PYO3-0019-ACQUIRE-GIL", match!.Rule.Id);
        Assert.Equal("https://pyo3.rs/v0.19.0/migration.html#the-deprecated-pythonacquire_gil-was-removed-and-pythonwith_gil-must-be-used-instead", match.Url);
    }

    [Fact]
    public void RewrittenDiagnosticKeepsRustcsCodeAndTextAndCarriesHintAndLink()
    {
        var diagnostic = RecordedDiagnostics.FromRealBuild("pyrawobject")[0];
        var mapped = new RustcDiagnosticMapper("/tmp/cargobuild-pyo3-fixtures/crates/pyrawobject").Map(diagnostic)!;

        var rewritten = BuiltInRules.Rules.For(PyO3_0_17_3).Match(diagnostic, SignalSource.Rustc)!.Rewrite(mapped);

        Assert.Equal(("PY0901", DiagnosticSeverity.Error, 12, 18), (rewritten.Code, rewritten.Severity, rewritten.Line, rewritten.Column));
        Assert.StartsWith("E0425: cannot find type `PyRawObject` in this scope", rewritten.Message);
        Assert.Contains("pyo3 0.8 → 0.9 breaking change, `#[new]` interface: Make `#[new]` return `Self`", rewritten.Message);
        Assert.EndsWith("See https://pyo3.rs/v0.17.3/migration.html#new-interface", rewritten.Message);
        Assert.Equal("https://pyo3.rs/v0.17.3/migration.html#new-interface", rewritten.HelpLink);
    }

    [Fact]
    public void DeprecationWarningStaysAWarning()
    {
        var diagnostic = RecordedDiagnostics.FromRealBuild("acquire-gil")[0];
        var mapped = new RustcDiagnosticMapper("/w").Map(diagnostic)!;

        var rewritten = BuiltInRules.Rules.For(PyO3_0_17_3).Match(diagnostic, SignalSource.Rustc)!.Rewrite(mapped);

        Assert.Equal((DiagnosticSeverity.Warning, "PY1903"), (rewritten.Severity, rewritten.Code));
    }

    [Fact]
    public void CrateWithoutPyO3GetsNoRule()
    {
        var diagnostic = RecordedDiagnostics.FromRealBuild("pyrawobject")[0];

        Assert.Null(BuiltInRules.Rules.For(new Dictionary<string, CargoVersion> { ["libc"] = CargoVersion.Parse("0.2.139") }).Match(diagnostic, SignalSource.Rustc));
    }

    [Fact]
    public void RuleOutsideItsVersionRangeDoesNotApply()
    {
        var diagnostic = RecordedDiagnostics.FromRealBuild("acquire-gil")[0];

        Assert.Null(BuiltInRules.Rules.For(new Dictionary<string, CargoVersion> { ["pyo3"] = CargoVersion.Parse("0.16.6") }).Match(diagnostic, SignalSource.Rustc));
    }

    [Fact]
    public void ThreadSendErrorWithoutPyClassContextIsNotTheSendRule()
    {
        var real = RecordedDiagnostics.FromRealBuild("pyclass-send")[0];
        var lookAlike = real with
        {
            Children = [new RustcDiagnostic("required by a bound in `std::thread::spawn`", null, "note", [], [], null)],
            Spans = [.. real.Spans.Select(span => span with { Expansion = null })],
            Rendered = "error[E0277]: `Rc<i64>` cannot be sent between threads safely\n  std::thread::spawn(move || shared)",
        };

        Assert.Null(BuiltInRules.Rules.For(PyO3_0_17_3).Match(lookAlike, SignalSource.Rustc));
    }

    [Fact]
    public void UnrelatedErrorPassesUnchanged()
    {
        var diagnostic = new RustcDiagnostic("mismatched types", "E0308", "error", [], [], null);

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
    /// Rules that pyo3 0.17.3 cannot reproduce are tested on diagnostics built from their inferred patterns: the rule
    /// must match its own example for the lowest pyo3 its signal names, and no earlier rule may take it first.
    /// </summary>
    [Theory]
    [MemberData(nameof(InferredSignals))]
    public void InferredDiagnosticMatchesItsOwnRule(string ruleId, int signal, string source, string versions)
    {
        var diagnostic = RecordedDiagnostics.Inferred().First(inferred => inferred.RuleId == ruleId && inferred.Signal == signal).Diagnostic;
        var version = VersionRequirement.Parse(versions).LowestAdmitted()!;

        var match = BuiltInRules.Rules.For(new Dictionary<string, CargoVersion> { ["pyo3"] = version })
            .Match(diagnostic, source == "cargo" ? SignalSource.Cargo : SignalSource.Rustc);

        Assert.NotNull(match);
        Assert.Equal(ruleId, match.Rule.Id);
    }

    [Fact]
    public void EveryRuleIsTestedOnARealOrInferredDiagnosticOrIsRuntimeOnly()
    {
        var inferred = RecordedDiagnostics.Inferred().Select(found => found.RuleId).ToHashSet();

        var untested = BuiltInRules.Rules.Rules.Where(rule =>
            !inferred.Contains(rule.Id)
            && !rule.Signals.Any(signal => signal.Confirmed is not null)
            && !rule.Signals.All(signal => signal.Source == SignalSource.Runtime));

        Assert.Empty(untested.Select(rule => rule.Id));
    }
}
