using CargoBuild.UpToDate;

namespace CargoBuild.Tests.UpToDate;

public sealed class CargoBuildStampTests
{
    private static readonly Dictionary<string, string> Process = new() { ["RUSTFLAGS"] = "-C debuginfo=0", ["HOME"] = "/home/me" };

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
            CargoBuildStamp.Compute("cargo", ["build"], "1.95.0", other, new Dictionary<string, string>()));
    }

    [Fact]
    public void EveryWayOfSettingARustcWrapperIsPartOfTheStamp()
    {
        var plain = Stamp(new Dictionary<string, string>());
        var property = Stamp(new Dictionary<string, string> { ["RUSTC_WRAPPER"] = "/usr/bin/sccache" });
        var environment = CargoBuildStamp.Compute("cargo", ["build"], "1.95.0", new Dictionary<string, string>(Process) { ["RUSTC_WRAPPER"] = "sccache" },
            new Dictionary<string, string>());
        var configEnvironment = CargoBuildStamp.Compute("cargo", ["build"], "1.95.0", new Dictionary<string, string>(Process) { ["CARGO_BUILD_RUSTC_WRAPPER"] = "sccache" },
            new Dictionary<string, string>());

        Assert.Equal(4, new[] { plain, property, environment, configEnvironment }.Distinct().Count());
        Assert.NotEqual(property, Stamp(new Dictionary<string, string> { ["RUSTC_WRAPPER"] = "/opt/wrap" }));
    }

    private static string Stamp(IReadOnlyDictionary<string, string> cargoVariables) =>
        CargoBuildStamp.Compute("cargo", ["build"], "1.95.0", Process, cargoVariables);
}
