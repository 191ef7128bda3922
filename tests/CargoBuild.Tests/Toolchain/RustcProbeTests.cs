using CargoBuild.Tests.Manifests;
using CargoBuild.Toolchain;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Toolchain;

/// <summary>The probe against the machine's real toolchains (build/test.sh links Debian's rustc as debian-1.63).</summary>
public sealed class RustcProbeTests : IDisposable
{
    private readonly TemporaryCrates crates = new();

    public void Dispose() => crates.Dispose();

    [Theory]
    [InlineData("debian-1.63", nameof(RustChannel.Stable))]
    [InlineData("nightly", nameof(RustChannel.Nightly))]
    [InlineData("stable", nameof(RustChannel.Stable))]
    public void RustToolchainFileInTheCrateFolderChoosesTheCompiler(string channel, string expected)
    {
        crates.Write("crate/rust-toolchain.toml", $"[toolchain]\nchannel = \"{channel}\"\n");

        var info = RustcProbe.Run(Rustc, Path.Combine(crates.Root, "crate"), CancellationToken.None, out var failure);

        Assert.True(info is not null, failure);
        Assert.Equal(Enum.Parse<RustChannel>(expected), info.Channel);
        if (channel == "debian-1.63")
        {
            Assert.Equal(CargoVersion.Parse("1.63.0"), info.Release);
        }
    }

    [Fact]
    public void UninstalledToolchainIsAFailureWithRustupsReason()
    {
        crates.Write("crate/rust-toolchain.toml", "[toolchain]\nchannel = \"cargobuild-not-installed\"\n");

        var info = RustcProbe.Run(Rustc, Path.Combine(crates.Root, "crate"), CancellationToken.None, out var failure);

        Assert.Null(info);
        Assert.Contains("cargobuild-not-installed", failure);
    }

    private static string Rustc => Path.Combine(Environment.GetEnvironmentVariable("HOME")!, ".cargo", "bin", "rustc");
}
