using CargoBuild.Building;
using CargoBuild.Tests.Manifests;
using CargoBuild.Toolchain;

namespace CargoBuild.Tests.Building;

/// <summary>
/// The flags cargo gets for a musl cdylib: the user's, from the one source cargo would take them from, then
/// -C target-feature=-crt-static.
/// </summary>
public sealed class MuslCdylibRustflagsTests : IDisposable
{
    private const string Musl = "x86_64-unknown-linux-musl";

    private readonly TemporaryCrates files = new();

    public void Dispose() => files.Dispose();

    private string Crate => Path.GetDirectoryName(files.Write("ws/crate/Cargo.toml", "[package]\nname = \"c\"\nversion = \"0.1.0\"\n\n[lib]\ncrate-type = [\"cdylib\"]\n"))!;

    private static IReadOnlySet<string> MuslCfg => new HashSet<string> { "unix", "target_os=\"linux\"", "target_env=\"musl\"", "target_feature=\"crt-static\"" };

    [Fact]
    public void WithoutUserFlagsCargoGetsTheFlagAlone() =>
        Assert.Equal(["-C", "target-feature=-crt-static"], Encoded(new Dictionary<string, string?>()));

    [Fact]
    public void RustflagsVariableIsKeptAndWinsOverConfig()
    {
        files.Write("ws/.cargo/config.toml", "[build]\nrustflags = [\"--cfg\", \"from_config\"]\n");

        Assert.Equal(["-C", "opt-level=1", "--cfg", "fast", "-C", "target-feature=-crt-static"],
            Encoded(new Dictionary<string, string?> { ["RUSTFLAGS"] = " -C opt-level=1  --cfg fast" }));
    }

    [Fact]
    public void EncodedRustflagsWinOverRustflags() =>
        Assert.Equal(["--cfg", "with space", "-C", "target-feature=-crt-static"],
            Encoded(new Dictionary<string, string?> { ["CARGO_ENCODED_RUSTFLAGS"] = "--cfg\u001fwith space", ["RUSTFLAGS"] = "--cfg ignored" }));

    [Fact]
    public void BuildRustflagsOfEveryConfigJoinFromTheRootDown()
    {
        var cargoHome = Path.Combine(files.Root, "cargo-home");
        files.Write("cargo-home/config.toml", "[build]\nrustflags = [\"--cfg\", \"home\"]\n");
        files.Write("ws/.cargo/config.toml", "[build]\nrustflags = [\"--cfg\", \"workspace\"]\n");

        Assert.Equal(["--cfg", "home", "--cfg", "workspace", "-C", "target-feature=-crt-static"], Encoded(new Dictionary<string, string?>(), cargoHome));
    }

    [Fact]
    public void TargetRustflagsReplaceBuildRustflagsAsCargoDoes()
    {
        files.Write("ws/.cargo/config.toml", $"""
            [build]
            rustflags = ["--cfg", "build_only"]

            [target.{Musl}]
            rustflags = "-C target-feature=+crt-static"

            [target.'cfg(target_env = "musl")']
            rustflags = ["--cfg", "any_musl"]

            [target.'cfg(windows)']
            rustflags = ["--cfg", "windows_only"]
            """);

        var flags = Encoded(new Dictionary<string, string?>());

        Assert.Equal(["-C", "target-feature=-crt-static"], flags[^2..]);
        Assert.Contains("target-feature=+crt-static", flags);
        Assert.Contains("any_musl", flags);
        Assert.DoesNotContain("build_only", flags);
        Assert.DoesNotContain("windows_only", flags);
    }

    [Fact]
    public void FlagAlreadyThereMeansNothingToAdd()
    {
        files.Write("ws/.cargo/config.toml", $"[target.{Musl}]\nrustflags = [\"-Ctarget-feature=-crt-static\"]\n");

        Assert.Null(MuslCdylibRustflags.EncodedFor(Musl, _ => null, CargoConfigFiles.For(Crate, null), () => MuslCfg));
    }

    [Fact]
    public void OnlyAPackageWithACdylibNeedsIt()
    {
        var cdylib = Path.Combine(Crate, "Cargo.toml");
        var rlib = files.Write("other/Cargo.toml", "[package]\nname = \"r\"\nversion = \"0.1.0\"\n");

        Assert.True(MuslCdylibRustflags.BuildsCdylib(cdylib, []));
        Assert.False(MuslCdylibRustflags.BuildsCdylib(rlib, []));
        Assert.True(MuslCdylibRustflags.IsMusl(Musl));
        Assert.False(MuslCdylibRustflags.IsMusl("x86_64-unknown-linux-gnu"));
    }

    [Fact]
    public void RealRustcTurnsCrtStaticOffForMuslWithTheFlag()
    {
        // What the flag does, asked of the real compiler: no musl std is needed to print a target's cfg.
        var rustc = Path.Combine(Environment.GetEnvironmentVariable("HOME")!, ".cargo", "bin", "rustc");
        var crate = Path.GetDirectoryName(files.Write("real/rust-toolchain.toml", "[toolchain]\nchannel = \"stable\"\n"))!;

        var byDefault = RustcProbe.TargetCfg(rustc, crate, Musl, CancellationToken.None);
        var withFlag = CargoBuild.Tests.Processes.RustcOutput.Lines(rustc, crate, "--print", "cfg", "--target", Musl, "-C", MuslCdylibRustflags.Flag);

        Assert.Contains("target_env=\"musl\"", byDefault);
        Assert.Contains("target_feature=\"crt-static\"", byDefault);
        Assert.DoesNotContain("target_feature=\"crt-static\"", withFlag);
    }

    private string[] Encoded(IReadOnlyDictionary<string, string?> variables, string? cargoHome = null) =>
        MuslCdylibRustflags.EncodedFor(Musl, name => variables.GetValueOrDefault(name), CargoConfigFiles.For(Crate, cargoHome), () => MuslCfg)!.Split('\u001f');
}
