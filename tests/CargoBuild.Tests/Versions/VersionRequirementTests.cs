using CargoBuild.Versions;

namespace CargoBuild.Tests.Versions;

public sealed class VersionRequirementTests
{
    [Theory]
    [InlineData("0.17", "0.17.0", true)]
    [InlineData("0.17", "0.17.3", true)]
    [InlineData("0.17", "0.18.0", false)]
    [InlineData("0.17", "0.16.9", false)]
    [InlineData("^0.17.2", "0.17.1", false)]
    [InlineData("^0.17.2", "0.17.9", true)]
    [InlineData("^1.2", "1.9.0", true)]
    [InlineData("^1.2", "2.0.0", false)]
    [InlineData("1", "1.99.0", true)]
    [InlineData("^0.0.3", "0.0.4", false)]
    [InlineData("^0.0", "0.0.9", true)]
    [InlineData("^0.0", "0.1.0", false)]
    [InlineData("~1.2.3", "1.2.9", true)]
    [InlineData("~1.2.3", "1.3.0", false)]
    [InlineData("~1.2", "1.2.0", true)]
    [InlineData("~1", "1.9.0", true)]
    [InlineData("~1", "2.0.0", false)]
    [InlineData("=0.17.3", "0.17.3", true)]
    [InlineData("=0.17.3", "0.17.4", false)]
    [InlineData("=0.17", "0.17.9", true)]
    [InlineData("=0.17", "0.18.0", false)]
    [InlineData(">=0.10", "0.10.0", true)]
    [InlineData(">=0.10", "0.9.9", false)]
    [InlineData(">0.17.2", "0.17.2", false)]
    [InlineData(">0.17.2", "0.17.3", true)]
    [InlineData(">0.17", "0.17.9", false)]
    [InlineData(">0.17", "0.18.0", true)]
    [InlineData("<0.12", "0.11.9", true)]
    [InlineData("<0.12", "0.12.0", false)]
    [InlineData("<=0.12", "0.12.5", true)]
    [InlineData("<=0.12", "0.13.0", false)]
    [InlineData("<=0.12.1", "0.12.2", false)]
    [InlineData(">=0.10, <0.12", "0.11.0", true)]
    [InlineData(">=0.10, <0.12", "0.12.0", false)]
    [InlineData(">=0.10,<0.12", "0.9.0", false)]
    [InlineData("*", "9.9.9", true)]
    [InlineData("0.17.*", "0.17.8", true)]
    [InlineData("0.17.*", "0.18.0", false)]
    [InlineData("1.*", "1.9.9", true)]
    [InlineData("0.17", "0.17.0-beta.1", false)]
    [InlineData(">=0.21.0-beta.0", "0.21.0-beta.1", true)]
    [InlineData(">=0.21.0-beta.0", "0.22.0-beta.1", false)]
    public void MatchesWithCargoSemantics(string requirement, string version, bool expected) =>
        Assert.Equal(expected, VersionRequirement.Parse(requirement).IsSatisfiedBy(CargoVersion.Parse(version)));

    [Theory]
    [InlineData("0.17", "0.17.0")]
    [InlineData("^0.17.2", "0.17.2")]
    [InlineData("~1.2", "1.2.0")]
    [InlineData("=0.17.3", "0.17.3")]
    [InlineData(">0.17.2", "0.17.3")]
    [InlineData(">0.17", "0.18.0")]
    [InlineData(">=0.10, <0.12", "0.10.0")]
    [InlineData("<0.12", "0.0.0")]
    [InlineData("*", "0.0.0")]
    [InlineData("0.10", "0.10.0")]
    [InlineData("0.17.*", "0.17.0")]
    public void LowestAdmittedIsTheOldestVersionCargoCouldPick(string requirement, string lowest) =>
        Assert.Equal(CargoVersion.Parse(lowest), VersionRequirement.Parse(requirement).LowestAdmitted());

    [Fact]
    public void ContradictoryRequirementAdmitsNothing() => Assert.Null(VersionRequirement.Parse(">=0.12, <0.11").LowestAdmitted());

    [Theory]
    [InlineData("")]
    [InlineData("latest")]
    [InlineData(">=")]
    [InlineData("0.17, ")]
    [InlineData("=>0.17")]
    [InlineData("~0.*")]
    public void RejectsMalformedRequirements(string requirement) =>
        Assert.False(VersionRequirement.TryParse(requirement, out _, out var error) || error is null);
}
