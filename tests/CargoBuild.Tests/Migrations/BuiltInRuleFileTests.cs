namespace CargoBuild.Tests.Migrations;

public sealed class BuiltInRuleFileTests
{
    [Fact]
    public void EveryRuleLoadsAndEveryPatternMatchesInLinearTime()
    {
        Assert.Empty(BuiltInRules.Errors);
        Assert.Equal(98, BuiltInRules.Rules.Rules.Count);
    }

    [Fact]
    public void CodesAreUniqueLettersAndDigits()
    {
        var codes = BuiltInRules.Rules.Rules.Select(rule => rule.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^PY[0-9]{4}$", code));
    }
}
