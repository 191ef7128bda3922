using CargoBuild.Tests.Manifests;
using CargoBuild.Toolchain;

namespace CargoBuild.Tests.Toolchain;

public sealed class TargetStandardLibraryTests : IDisposable
{
    private readonly TemporaryCrates files = new();

    public void Dispose() => files.Dispose();

    private static RustcVersionInfo Stable => RustcVersionInfo.Parse("release: 1.95.0\nhost: x86_64-unknown-linux-gnu\n")!;

    [Theory]
    [InlineData("x86_64-unknown-linux-gnu", "", false)]
    [InlineData("x86_64-pc-windows-msvc", "", true)]
    [InlineData("targets/custom.json", "", false)]
    [InlineData("x86_64-unknown-linux-musl", "-Zbuild-std=std,panic_abort", false)]
    public void OnlyAnotherTargetsPrebuiltStdIsLookedFor(string triple, string cargoArguments, bool needed) =>
        Assert.Equal(needed, TargetStandardLibrary.IsNeeded(triple, "x86_64-unknown-linux-gnu", cargoArguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    [Fact]
    public void RustupToolchainIsNamedFromItsSysroot()
    {
        var rustupHome = Path.Combine(files.Root, ".rustup");
        var sysroot = Path.Combine(rustupHome, "toolchains", "stable-x86_64-unknown-linux-gnu");

        Assert.Equal("stable-x86_64-unknown-linux-gnu", TargetStandardLibrary.RustupToolchainOf(sysroot, rustupHome));
        Assert.Null(TargetStandardLibrary.RustupToolchainOf("/usr", rustupHome));
    }

    [Fact]
    public void RustupToolchainErrorNamesTheCommandThatInstallsTheTarget()
    {
        var message = TargetStandardLibrary.DescribeMissing("x86_64-pc-windows-msvc", "win-x64", Stable, "/home/u/.rustup/toolchains/stable-x86_64-unknown-linux-gnu",
            "stable-x86_64-unknown-linux-gnu", "/src/native/Cargo.toml");

        Assert.Contains("x86_64-pc-windows-msvc (RuntimeIdentifier win-x64)", message);
        Assert.Contains("/src/native/Cargo.toml", message);
        Assert.Contains("`rustup target add x86_64-pc-windows-msvc --toolchain stable-x86_64-unknown-linux-gnu`", message);
    }

    [Fact]
    public void ToolchainOutsideRustupIsToldItsSysrootLacksTheStd()
    {
        var message = TargetStandardLibrary.DescribeMissing("x86_64-unknown-linux-musl", null, Stable, "/usr", null, "/src/native/Cargo.toml");

        Assert.Contains("missing from the sysroot", message);
        Assert.Contains(Path.Combine("/usr", "lib", "rustlib", "x86_64-unknown-linux-musl", "lib"), message);
        Assert.Contains("rustup does not manage", message);
    }

    [Fact]
    public void RealStableSysrootHasTheHostsStdAndNotWindowsMsvc()
    {
        var rustc = Path.Combine(Environment.GetEnvironmentVariable("HOME")!, ".cargo", "bin", "rustc");
        var crate = Path.GetDirectoryName(files.Write("crate/rust-toolchain.toml", "[toolchain]\nchannel = \"stable\"\n"))!;

        var sysroot = RustcProbe.Sysroot(rustc, crate, CancellationToken.None, out var failure);

        Assert.True(sysroot is not null, failure);
        Assert.True(Directory.Exists(TargetStandardLibrary.Directory(sysroot, "x86_64-unknown-linux-gnu")));
        Assert.False(Directory.Exists(TargetStandardLibrary.Directory(sysroot, "x86_64-pc-windows-msvc")));
    }
}
