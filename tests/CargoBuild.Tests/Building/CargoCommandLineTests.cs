using CargoBuild.Building;

namespace CargoBuild.Tests.Building;

public sealed class CargoCommandLineTests
{
    [Fact]
    public void HostBuildPassesNoTargetSoHandRunCargoSharesArtifacts()
    {
        var arguments = CargoCommandLine.Build(new CargoBuildSettings("/w/Cargo.toml", "dev"));

        Assert.Equal(["build", "--message-format=json", "--manifest-path", "/w/Cargo.toml", "--profile", "dev"], arguments);
    }

    [Fact]
    public void EverySettingBecomesItsCargoFlagInOrder()
    {
        var settings = new CargoBuildSettings("/w/Cargo.toml", "release")
        {
            Features = ["a", "b"],
            NoDefaultFeatures = true,
            Packages = ["one", "two"],
            TargetTriple = "aarch64-unknown-linux-gnu",
            TargetDirectory = "/t",
            ExtraArguments = ["-v", "--timings"],
            Offline = true,
            Locked = true,
        };

        Assert.Equal(
            ["build", "--message-format=json", "--manifest-path", "/w/Cargo.toml", "--profile", "release", "--package", "one", "--package", "two",
             "--target", "aarch64-unknown-linux-gnu", "--target-dir", "/t", "--features", "a,b", "--no-default-features", "--offline", "--locked",
             "-v", "--timings"],
            CargoCommandLine.Build(settings));
    }

    [Fact]
    public void CleanRemovesOnlyWhatTheSameProfileAndTargetBuilt()
    {
        var settings = new CargoBuildSettings("/w/Cargo.toml", "release") { TargetTriple = "x86_64-pc-windows-msvc", Features = ["ignored"] };

        Assert.Equal(["clean", "--manifest-path", "/w/Cargo.toml", "--profile", "release", "--target", "x86_64-pc-windows-msvc"],
            CargoCommandLine.Clean(settings));
    }
}
