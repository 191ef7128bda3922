using CargoBuild.Building;

namespace CargoBuild.Tests.Building;

public sealed class CargoProfileTests
{
    [Theory]
    [InlineData("Debug", null, "dev")]
    [InlineData("debug", null, "dev")]
    [InlineData("", null, "dev")]
    [InlineData("Release", null, "release")]
    [InlineData("Staging", null, "release")]
    [InlineData("Debug", "release", "release")]
    [InlineData("Release", " profiling ", "profiling")]
    public void ConfigurationMapsToProfileUnlessOneIsGiven(string configuration, string? explicitProfile, string expected) =>
        Assert.Equal(expected, CargoProfile.For(configuration, explicitProfile));

}
