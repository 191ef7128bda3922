using CargoBuild.Versions;

namespace CargoBuild.Tests.Versions;

public sealed class CargoVersionTests
{
    [Theory]
    [InlineData("1", 1, 0, 0, null)]
    [InlineData("1.70", 1, 70, 0, null)]
    [InlineData("1.95.0", 1, 95, 0, null)]
    [InlineData(" 0.17.3 ", 0, 17, 3, null)]
    [InlineData("1.68.0-beta.2", 1, 68, 0, "beta.2")]
    [InlineData("1.69.0-nightly", 1, 69, 0, "nightly")]
    [InlineData("0.21.0-beta.0", 0, 21, 0, "beta.0")]
    [InlineData("1.2.3+build.5", 1, 2, 3, null)]
    public void ParsesEveryFormCargoWrites(string text, int major, int minor, int patch, string? preRelease) =>
        Assert.Equal(new CargoVersion(major, minor, patch, preRelease), CargoVersion.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("one")]
    [InlineData("1.2.3.4")]
    [InlineData("1..2")]
    [InlineData("v1.2")]
    [InlineData("1.2-")]
    [InlineData("-1.2")]
    public void RejectsWhatIsNotAVersion(string text) => Assert.False(CargoVersion.TryParse(text, out _));

    [Theory]
    [InlineData("1.70.0-nightly", "1.70.0")]
    [InlineData("1.70.0-alpha", "1.70.0-beta")]
    [InlineData("1.70.0-beta.2", "1.70.0-beta.11")]
    [InlineData("1.70.0-beta", "1.70.0-beta.1")]
    [InlineData("1.70.0-1", "1.70.0-alpha")]
    [InlineData("1.69.9", "1.70.0")]
    [InlineData("0.9.0", "0.10.0")]
    public void OrdersAsSemverDoes(string lower, string higher)
    {
        Assert.True(CargoVersion.Parse(lower) < CargoVersion.Parse(higher));
        Assert.True(CargoVersion.Parse(higher) > CargoVersion.Parse(lower));
    }

    [Fact]
    public void ReleaseDropsThePreReleaseAsCargoDoesForRustVersions() =>
        Assert.True(CargoVersion.Parse("1.70.0-nightly").Release >= CargoVersion.Parse("1.70"));
}
