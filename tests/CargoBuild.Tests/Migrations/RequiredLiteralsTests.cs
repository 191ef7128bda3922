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
    public void LongestPlainRunOfEachAlternative(string pattern, string[] expected) =>
        Assert.Equal(expected, RequiredLiterals.Of(pattern));

    [Theory]
    [InlineData(".*")]
    [InlineData("\\w+")]
    [InlineData("abc|\\d+")]
    [InlineData("(required inside a group)")]
    [InlineData("(?i)case does not matter")]
    [InlineData("(?mi:case does not matter)")]
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
            var found = prefilter.Find(message);
            for (var index = 0; index < signals.Count; index++)
            {
                if (signals[index].Message?.IsMatch(message) == true)
                {
                    checkedPairs++;
                    Assert.True(prefilter.IsCandidate(index, found), $"{signals[index].Message} lost {message}");
                }
            }
        }

        Assert.True(checkedPairs > 100);
    }

    [Fact]
    public void PrefilterRulesOutSignalsWhoseTextIsAbsent()
    {
        var signals = BuiltInRules.Rules.Rules.SelectMany(rule => rule.Signals).ToList();
        var prefilter = new LiteralPrefilter(signals);

        var found = prefilter.Find("For more information about this error, try `rustc --explain E0599`.");

        Assert.True(Enumerable.Range(0, signals.Count).Count(index => prefilter.IsCandidate(index, found)) <= signals.Count(signal => signal.Message is null || signal.RequiredLiterals is null));
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

        Assert.Equal(expected, prefilter.IsCandidate(0, prefilter.Find(message)));
    }
}
