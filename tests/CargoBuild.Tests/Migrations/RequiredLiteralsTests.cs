using CargoBuild.Migrations;

namespace CargoBuild.Tests.Migrations;

public sealed class RequiredLiteralsTests
{
    [Theory]
    [InlineData("cannot find type .PyRawObject. in this scope", new[] { "cannot find type " })]
    [InlineData(".+ cannot be sent between threads safely", new[] { " cannot be sent between threads safely" })]
    [InlineData("unresolved imports? .*pyo3::(prelude::|objectprotocol::)?ObjectProtocol.", new[] { "unresolved import" })]
    [InlineData("#!\\[feature\\]. may not be used", new[] { " may not be used" })]
    [InlineData("a|bc|def", new[] { "a", "bc", "def" })]
    [InlineData("abc?d", new[] { "ab" })]
    [InlineData("x{2,3}yz", new[] { "yz" })]
    [InlineData("(a|b)cd[ef]gh", new[] { "cd" })]
    [InlineData("pyo3::exceptions::(?:[A-OQ-Z]\\w*|P(?:[A-Za-xz0-9_]\\w*)?).|could not find .x", new[] { "pyo3::exceptions::", "could not find " })]
    [InlineData("^(?=[\\s\\S]*?expected .usize., found)(?=[\\s\\S]*?get_item)", new[] { "expected " })]
    [InlineData("^(?=[\\s\\S]*?get_item)x", new[] { "get_item" })]
    [InlineData("^(?=[\\s\\S]*?(a|b))(?=[\\s\\S]*?cd)", new[] { "cd" })]
    public void LongestPlainRunOfEachAlternative(string pattern, string[] expected) =>
        Assert.Equal(expected, RequiredLiterals.Of(pattern));

    [Theory]
    [InlineData(".*")]
    [InlineData("\\w+")]
    [InlineData("abc|\\d+")]
    [InlineData("(required inside a group)")]
    [InlineData("(?i)case does not matter")]
    [InlineData("(?mi:case does not matter)")]
    [InlineData("(?!absent)\\w+")]
    [InlineData("(?=a|b)\\w+")]
    public void NoLiteralWhenAnAlternativeHasNone(string pattern) => Assert.Null(RequiredLiterals.Of(pattern));

    /// <summary>The prefilter must never rule out a signal whose pattern matches: checked on every recorded and inferred message.</summary>
    [Fact]
    public void PrefilterKeepsEverySignalWhosePatternMatches()
    {
        var messages = RecordedDiagnostics.Crates().Where(crate => File.Exists(Fixtures.PathOf($"pyo3/{crate}.jsonl")))
            .SelectMany(RecordedDiagnostics.FromRealBuild).Select(diagnostic => diagnostic.Message)
            .Concat(RecordedDiagnostics.Inferred().Select(inferred => inferred.Diagnostic.Message)).ToList();
        var signals = BuiltInRules.Rules.Rules.SelectMany(rule => rule.Signals).ToList();
        var prefilter = new LiteralPrefilter(signals);
        var checkedPairs = 0;

        foreach (var message in messages)
        {
            var candidates = prefilter.Candidates(message);
            for (var index = 0; index < signals.Count; index++)
            {
                if (signals[index].Message?.IsMatch(message) == true)
                {
                    checkedPairs++;
                    Assert.Contains(index, candidates);
                }
            }
        }

        Assert.True(checkedPairs > 100);
    }

    /// <summary>The context's literals must never rule out a context pattern that matches: checked on every recorded diagnostic.</summary>
    [Fact]
    public void ContextLiteralsKeepEveryContextPatternThatMatches()
    {
        var contexts = new[] { RealBuildRecordings.PyO3_0_17, RealBuildRecordings.PyO3_0_22, RealBuildRecordings.PyO3_0_28, RealBuildRecordings.PyO3_0_29 }
            .SelectMany(recordings => recordings.Crates().Where(crate => File.Exists(Fixtures.PathOf($"{recordings.Folder}/{crate}.jsonl"))).SelectMany(recordings.FromRealBuild))
            .Concat(RecordedDiagnostics.PrecisionMinors().SelectMany(minor => RecordedDiagnostics.PrecisionCrates(minor)
                .SelectMany(crate => RecordedDiagnostics.FromPrecisionBuild(minor, crate))))
            .Select(MigrationRuleSet.ContextOf).ToList();
        var signals = BuiltInRules.Rules.Rules.SelectMany(rule => rule.Signals).Where(signal => signal.Context is not null).ToList();
        var checkedPairs = 0;

        foreach (var context in contexts)
        {
            foreach (var signal in signals.Where(signal => signal.Context!.IsMatch(context)))
            {
                checkedPairs++;
                Assert.True(signal.RequiredContextLiterals is null || signal.RequiredContextLiterals.Any(literal => context.Contains(literal, StringComparison.Ordinal)),
                    $"{signal.Context} lost a context it matches");
            }
        }

        Assert.True(checkedPairs > 50, $"only {checkedPairs} matching contexts");
        Assert.True(signals.Count(signal => signal.RequiredContextLiterals is not null) > signals.Count / 2);
    }

    [Fact]
    public void PrefilterRulesOutSignalsWhoseTextIsAbsent()
    {
        var signals = BuiltInRules.Rules.Rules.SelectMany(rule => rule.Signals).ToList();
        var prefilter = new LiteralPrefilter(signals);

        var candidates = prefilter.Candidates("For more information about this error, try `rustc --explain E0599`.");

        Assert.True(candidates.Count <= signals.Count(signal => signal.Message is null || signal.RequiredLiterals is null));
        Assert.Equal(candidates.Order(), candidates);
        Assert.Equal(candidates.Distinct(), candidates);
    }

    [Theory]
    [InlineData("x", "xyz", true)]
    [InlineData("ÿz", "aÿz", true)]
    [InlineData("abc", "ab", false)]
    [InlineData("abc", "aabbcc abc", true)]
    public void PrefilterFindsLiteralsAnywhereInTheMessage(string literal, string message, bool expected)
    {
        var signal = new MigrationSignal(SignalSource.Rustc, CargoBuild.Diagnostics.DiagnosticSeverity.Error, null, new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(literal)), null)
        {
            RequiredLiterals = [literal],
        };
        var prefilter = new LiteralPrefilter([signal]);

        Assert.Equal(expected, prefilter.Candidates(message).Contains(0));
    }

    [Fact]
    public void ASignalWhoseLiteralsAreAllPresentIsACandidateOnce()
    {
        MigrationSignal Signal(params string[] literals) =>
            new(SignalSource.Rustc, CargoBuild.Diagnostics.DiagnosticSeverity.Error, null, new System.Text.RegularExpressions.Regex("ab|cd"), null) { RequiredLiterals = literals };
        var prefilter = new LiteralPrefilter([Signal("ab", "cd"), Signal("zz"), Signal("cd")]);

        Assert.Equal([0, 2], prefilter.Candidates("ab and cd, ab again"));
    }
}
