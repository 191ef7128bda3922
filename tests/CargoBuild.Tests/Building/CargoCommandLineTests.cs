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
    public void CleanRemovesOnlyTheDefaultPackagesInTheSameProfileAndTarget()
    {
        var settings = new CargoBuildSettings("/w/Cargo.toml", "release") { TargetTriple = "x86_64-pc-windows-msvc", TargetDirectory = "/t", Features = ["ignored"] };

        Assert.Equal(["clean", "--manifest-path", "/w/Cargo.toml", "--profile", "release", "--package", "my_crate", "--package", "other",
                      "--target", "x86_64-pc-windows-msvc", "--target-dir", "/t"],
            CargoCommandLine.Clean(settings, ["my_crate", "other"]));
    }

    [Fact]
    public void CleanOfAHostBuildNamesNoTargetAndOfflineStaysOffline()
    {
        var settings = new CargoBuildSettings("/w/Cargo.toml", "dev") { Offline = true, Locked = true };

        Assert.Equal(["clean", "--manifest-path", "/w/Cargo.toml", "--profile", "dev", "--package", "my_crate", "--offline"],
            CargoCommandLine.Clean(settings, ["my_crate"]));
    }

    [Fact]
    public void CleanRemovesThePackagesTheCrateItemNamesRatherThanTheDefaultOnes()
    {
        var settings = new CargoBuildSettings("/w/Cargo.toml", "dev") { Packages = ["chosen"] };

        Assert.Equal(["clean", "--manifest-path", "/w/Cargo.toml", "--profile", "dev", "--package", "chosen"],
            CargoCommandLine.Clean(settings, ["default_member"]));
    }
}
