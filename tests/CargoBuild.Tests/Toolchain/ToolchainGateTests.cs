using CargoBuild.Building;
using CargoBuild.Tests.Diagnostics;
using CargoBuild.Tests.Manifests;
using CargoBuild.Toolchain;

namespace CargoBuild.Tests.Toolchain;

/// <summary>
/// The gate's run driven with plain settings, against the machine's real toolchains (rust-toolchain.toml picks
/// rustup's stable or Debian's 1.63, as for cargo): verdicts, the recorded check reused, the target's std.
/// </summary>
public sealed class ToolchainGateTests : IDisposable
{
    private static readonly string Cargo = Path.Combine(Environment.GetEnvironmentVariable("HOME")!, ".cargo", "bin", "cargo");

    private readonly TemporaryCrates crates = new();

    private readonly RecordingBuildLog log = new();

    public void Dispose() => crates.Dispose();

    [Fact]
    public void ARustOlderThanTheMinimumFailsTheCrateWithTheVersionsNamed()
    {
        var crate = Crate("old", "debian-1.63");

        var project = Path.Combine(crates.Root, "App.csproj");
        var passed = Gate(new ToolchainGateSettings(RustMinimumVersion: "1.70", CargoPath: Cargo) { ProjectFile = project }).Check([crate]);

        Assert.Empty(passed);
        var error = Assert.Single(log.Diagnostics);
        Assert.Equal("CB2001", error.Code);
        Assert.Equal(project, error.File);
        Assert.Contains("1.63", error.Message);
        Assert.Contains("1.70", error.Message);
    }

    [Fact]
    public void APassedCheckGivesTheToolchainAndIsReusedWithoutAskingRustc()
    {
        var crate = Crate("fresh", "stable");
        var state = Path.Combine(crates.Root, "obj");
        var settings = new ToolchainGateSettings(RustMinimumVersion: "1.70", CargoPath: Cargo, StateDirectory: state);

        var first = Assert.Single(Gate(settings).Check([crate]));
        var probes = File.ReadAllText(Path.Combine(state, "rustc-probes.txt"));
        File.Delete(Path.Combine(state, "rustc-probes.txt"));
        var second = Assert.Single(Gate(settings).Check([crate]));

        Assert.Empty(log.Diagnostics);
        Assert.Equal(Path.Combine(crates.Root, "fresh", "Cargo.toml"), first.ManifestPath);
        Assert.Equal("stable", first.Get("RustChannel"));
        Assert.Equal(Path.Combine(crates.Root, "fresh"), first.WorkspaceRoot);
        Assert.Equal(first.Metadata, second.Metadata);
        Assert.Contains("x86_64-unknown-linux-gnu", probes);
        Assert.Contains(log.Messages, message => message.Text.Contains("is reused from", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(state, "rustc-probes.txt")), "the reused check asked rustc again");
    }

    [Fact]
    public void AMinimumThatIsNotAVersionIsReportedWithWhereItWasSet()
    {
        var crate = Crate("typo", "stable") with { Metadata = new Dictionary<string, string> { ["PyO3MinimumVersion"] = "zero.20", ["DefiningProjectFullPath"] = Path.Combine(crates.Root, "Defining.csproj") } };

        Assert.Empty(Gate(new ToolchainGateSettings(CargoPath: Cargo)).Check([crate]));

        var error = Assert.Single(log.Diagnostics);
        Assert.Equal("CB2012", error.Code);
        Assert.Contains("PyO3MinimumVersion metadata of CargoCrate 'typo'", error.Message);
        Assert.Equal(Path.Combine(crates.Root, "Defining.csproj"), error.File);
    }

    [Fact]
    public void ATargetWhoseStandardLibraryIsNotInstalledFailsNamingRustupTargetAdd()
    {
        var crate = Crate("wasm", "stable") with { Metadata = new Dictionary<string, string> { ["TargetTriple"] = "wasm32-unknown-unknown" } };

        Assert.Empty(Gate(new ToolchainGateSettings(CargoPath: Cargo)).Check([crate]));

        var error = Assert.Single(log.Diagnostics);
        Assert.Equal("CB2013", error.Code);
        Assert.Contains("rustup target add wasm32-unknown-unknown", error.Message);
    }

    [Fact]
    public void AnItemThatIsNoCrateIsReportedAndTheOthersAreChecked()
    {
        var missing = new CrateDeclaration("nowhere", Path.Combine(crates.Root, "nowhere"), new Dictionary<string, string>());

        var passed = Gate(new ToolchainGateSettings(CargoPath: Cargo)).Check([missing, Crate("present", "stable")]);

        Assert.Equal("CB1011", Assert.Single(log.Diagnostics).Code);
        Assert.Equal(Path.Combine(crates.Root, "present", "Cargo.toml"), Assert.Single(passed).ManifestPath);
    }

    private ToolchainGate Gate(ToolchainGateSettings settings) => new(settings, log, cache: null, CancellationToken.None);

    private CrateDeclaration Crate(string name, string channel)
    {
        crates.Write($"{name}/Cargo.toml", $"[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
        crates.Write($"{name}/src/lib.rs", "");
        crates.Write($"{name}/rust-toolchain.toml", $"[toolchain]\nchannel = \"{channel}\"\n");
        return new CrateDeclaration(name, Path.Combine(crates.Root, name, "Cargo.toml"), new Dictionary<string, string>());
    }
}
