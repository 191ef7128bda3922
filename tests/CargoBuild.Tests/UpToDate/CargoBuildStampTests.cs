using CargoBuild.UpToDate;

namespace CargoBuild.Tests.UpToDate;

public sealed class CargoBuildStampTests
{
    private static readonly Dictionary<string, string> Process = new() { ["RUSTFLAGS"] = "-C debuginfo=0", ["HOME"] = "/home/me" };

    private static readonly Dictionary<string, string> None = [];

    [Fact]
    public void VariablesSetForCargoArePartOfTheStamp()
    {
        var without = Stamp(new Dictionary<string, string>());
        var flavourA = Stamp(new Dictionary<string, string> { ["IT_FLAVOUR"] = "a" });
        var flavourB = Stamp(new Dictionary<string, string> { ["IT_FLAVOUR"] = "b" });

        Assert.Equal(flavourA, Stamp(new Dictionary<string, string> { ["IT_FLAVOUR"] = "a" }));
        Assert.NotEqual(without, flavourA);
        Assert.NotEqual(flavourA, flavourB);
    }

    [Fact]
    public void VariablesCargoDoesNotReadAreNot()
    {
        var other = new Dictionary<string, string>(Process) { ["HOME"] = "/home/someone-else" };

        Assert.Equal(Stamp(new Dictionary<string, string>()),
            CargoBuildStamp.Compute("cargo", ["build"], "1.95.0", other, new Dictionary<string, string>()).Value);
    }

    [Fact]
    public void EveryWayOfSettingARustcWrapperIsPartOfTheStamp()
    {
        var plain = Stamp(new Dictionary<string, string>());
        var property = Stamp(new Dictionary<string, string> { ["RUSTC_WRAPPER"] = "/usr/bin/sccache" });
        var environment = CargoBuildStamp.Compute("cargo", ["build"], "1.95.0", new Dictionary<string, string>(Process) { ["RUSTC_WRAPPER"] = "sccache" },
            new Dictionary<string, string>()).Value;
        var configEnvironment = CargoBuildStamp.Compute("cargo", ["build"], "1.95.0", new Dictionary<string, string>(Process) { ["CARGO_BUILD_RUSTC_WRAPPER"] = "sccache" },
            new Dictionary<string, string>()).Value;

        Assert.Equal(4, new[] { plain, property, environment, configEnvironment }.Distinct().Count());
        Assert.NotEqual(property, Stamp(new Dictionary<string, string> { ["RUSTC_WRAPPER"] = "/opt/wrap" }));
    }

    [Fact]
    public void ARebuildNamesWhatChanged()
    {
        var recorded = Compute(Process, None, "1.95.0").Parts;

        Assert.Equal("the environment variable RUSTFLAGS changed",
            Compute(new Dictionary<string, string>(Process) { ["RUSTFLAGS"] = "-C opt-level=3" }, None, "1.95.0").DescribeChangeFrom(recorded));
        Assert.Equal("the environment variable CARGO_PROFILE_DEV_DEBUG is set now",
            Compute(new Dictionary<string, string>(Process) { ["CARGO_PROFILE_DEV_DEBUG"] = "0" }, None, "1.95.0").DescribeChangeFrom(recorded));
        Assert.Equal("the environment variable RUSTFLAGS is not set any more",
            Compute(new Dictionary<string, string> { ["HOME"] = "/home/me" }, None, "1.95.0").DescribeChangeFrom(recorded));
        Assert.StartsWith("the variable IT_FLAVOUR that CargoBuild sets for cargo",
            Compute(Process, new Dictionary<string, string> { ["IT_FLAVOUR"] = "a" }, "1.95.0").DescribeChangeFrom(recorded));
        Assert.Equal("the Rust toolchain changed", Compute(Process, None, "1.96.0").DescribeChangeFrom(recorded));
        Assert.Equal("cargo's command line changed",
            CargoBuildStamp.Compute("cargo", ["build", "--release"], "1.95.0", Process, None).DescribeChangeFrom(recorded));
        Assert.Equal("another cargo runs", CargoBuildStamp.Compute("/opt/cargo", ["build"], "1.95.0", Process, None).DescribeChangeFrom(recorded));
    }

    [Fact]
    public void ARecordWithoutPartsSaysOnlyThatSomethingChanged() =>
        Assert.Equal("the settings, environment or toolchain changed", Compute(Process, None, "1.95.0").DescribeChangeFrom([]));

    [Fact]
    public void NoPartHoldsAValue()
    {
        var stamp = Compute(new Dictionary<string, string>(Process) { ["CARGO_REGISTRIES_MINE_TOKEN"] = "secret-token" }, None, "1.95.0");

        Assert.DoesNotContain(stamp.Parts, part => part.Hash.Contains("secret", StringComparison.Ordinal));
        Assert.Contains(stamp.Parts, part => part.Name == "env:CARGO_REGISTRIES_MINE_TOKEN" && part.Hash == TextHash.Of("secret-token"));
    }

    private static string Stamp(IReadOnlyDictionary<string, string> cargoVariables) => Compute(Process, cargoVariables, "1.95.0").Value;

    private static BuildStamp Compute(Dictionary<string, string> environment, IReadOnlyDictionary<string, string> cargoVariables, string toolchain) =>
        CargoBuildStamp.Compute("cargo", ["build"], toolchain, environment, cargoVariables);
}
