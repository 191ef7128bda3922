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
    public void NoLiteralWhenAnAlternativeHasNone(string pattern) => Assert.Null(RequiredLiterals.Of(pattern));

    [Fact]
    public void EveryShippedMessagePatternMatchesOnlyTextThatContainsItsLiterals()
    {
        foreach (var signal in BuiltInRules.Rules.Rules.SelectMany(rule => rule.Signals).Where(signal => signal.Message is not null))
        {
            foreach (var (_, _, _, _, diagnostic) in RecordedDiagnostics.Inferred().Where(inferred => signal.Message!.IsMatch(inferred.Diagnostic.Message)))
            {
                Assert.True(signal.MatchesMessage(diagnostic.Message), $"{signal.Message} lost {diagnostic.Message}");
            }
        }
    }
}
