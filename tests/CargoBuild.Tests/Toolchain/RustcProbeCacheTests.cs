using CargoBuild.Tests.Manifests;
using CargoBuild.Toolchain;

namespace CargoBuild.Tests.Toolchain;

public sealed class RustcProbeCacheTests : IDisposable
{
    private readonly TemporaryCrates files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void AnswerIsKeptForTheSameFingerprintOnly()
    {
        var cache = new RustcProbeCache(Path.Combine(files.Root, "obj", "rustc-probes.txt"));
        var info = RustcVersionInfo.Parse("release: 1.97.0-nightly\nhost: x86_64-unknown-linux-gnu\ncommit-hash: abc\n")!;

        cache.Store("fingerprint", info);

        Assert.Equal(info, cache.Find("fingerprint"));
        Assert.Null(cache.Find("another fingerprint"));
    }

    [Fact]
    public void ToolchainFileAboveTheCrateChangesTheFingerprint()
    {
        var rustc = files.Write("bin/rustc", "");
        var crate = Path.GetDirectoryName(files.Write("ws/crate/Cargo.toml", ""))!;
        var before = RustcFingerprint.Compute(rustc, crate, Path.Combine(files.Root, "home"));

        files.Write("ws/rust-toolchain.toml", "[toolchain]\nchannel = \"nightly\"\n");

        Assert.NotEqual(before, RustcFingerprint.Compute(rustc, crate, Path.Combine(files.Root, "home")));
    }

    [Fact]
    public void UpdatedRustupToolchainsChangeTheFingerprint()
    {
        var rustc = files.Write("bin/rustc", "");
        var toolchains = Path.Combine(files.Root, "home", ".rustup", "toolchains");
        Directory.CreateDirectory(toolchains);
        Directory.SetLastWriteTimeUtc(toolchains, DateTime.UtcNow.AddDays(-1));
        var before = RustcFingerprint.Compute(rustc, files.Root, Path.Combine(files.Root, "home"));

        Directory.CreateDirectory(Path.Combine(toolchains, "nightly-x86_64-unknown-linux-gnu"));

        Assert.NotEqual(before, RustcFingerprint.Compute(rustc, files.Root, Path.Combine(files.Root, "home")));
    }

    [Fact]
    public void UpdatedCompilerOfALinkedToolchainChangesTheFingerprint()
    {
        var rustc = files.Write("bin/rustc", "");
        var distribution = files.Write("usr/bin/rustc", "");
        File.SetLastWriteTimeUtc(distribution, DateTime.UtcNow.AddDays(-30));
        var toolchains = Path.Combine(files.Root, "home", ".rustup", "toolchains");
        Directory.CreateDirectory(toolchains);
        Directory.CreateSymbolicLink(Path.Combine(toolchains, "distro"), Path.Combine(files.Root, "usr"));
        var before = RustcFingerprint.Compute(rustc, files.Root, Path.Combine(files.Root, "home"));

        File.SetLastWriteTimeUtc(distribution, DateTime.UtcNow);

        Assert.NotEqual(before, RustcFingerprint.Compute(rustc, files.Root, Path.Combine(files.Root, "home")));
    }

    [Fact]
    public void DamagedCacheIsAMiss()
    {
        var file = files.Write("obj/rustc-probes.txt", "cargobuild rustc-probes 1\nno tab here");

        Assert.Null(new RustcProbeCache(file).Find("fingerprint"));
    }

    [Fact]
    public void SysrootIsKeptBesideTheVersionForTheSameFingerprint()
    {
        var cache = new RustcProbeCache(Path.Combine(files.Root, "obj", "rustc-probes.txt"));
        var info = RustcVersionInfo.Parse("release: 1.95.0\nhost: x86_64-unknown-linux-gnu\ncommit-hash: abc\n")!;

        cache.Store("fingerprint", info);
        cache.StoreSysroot("fingerprint", "/home/u/.rustup/toolchains/stable-x86_64-unknown-linux-gnu");

        Assert.Equal(info, cache.Find("fingerprint"));
        Assert.Equal("/home/u/.rustup/toolchains/stable-x86_64-unknown-linux-gnu", cache.FindSysroot("fingerprint"));
        Assert.Null(cache.FindSysroot("another fingerprint"));
    }

    [Fact]
    public void ToolchainSetForCargoChangesTheFingerprint()
    {
        var rustc = files.Write("bin/rustc", "");

        Assert.NotEqual(RustcFingerprint.Compute(rustc, files.Root, null),
            RustcFingerprint.Compute(rustc, files.Root, null, new Dictionary<string, string> { ["RUSTUP_TOOLCHAIN"] = "nightly" }));
    }
}
