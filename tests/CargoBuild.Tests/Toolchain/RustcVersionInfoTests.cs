using CargoBuild.Toolchain;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Toolchain;

public sealed class RustcVersionInfoTests
{
    public static TheoryData<string, string, string> VerboseOutputs => new()
    {
        { "rustc 1.95.0 (59807616e 2026-04-14)\nbinary: rustc\ncommit-hash: 59807616e1fa2540724bfbac14d7976d7e4a3860\ncommit-date: 2026-04-14\nhost: x86_64-unknown-linux-gnu\nrelease: 1.95.0\nLLVM version: 20.1.0\n", "1.95.0", nameof(RustChannel.Stable) },
        { "rustc 1.68.0-beta.2 (10b73bf73 2023-02-01)\nbinary: rustc\nrelease: 1.68.0-beta.2\n", "1.68.0-beta.2", nameof(RustChannel.Beta) },
        { "rustc 1.69.0-nightly (bd39bbb4b 2023-02-07)\nbinary: rustc\nrelease: 1.69.0-nightly\n", "1.69.0-nightly", nameof(RustChannel.Nightly) },
        { "rustc 1.69.0-dev\nbinary: rustc\ncommit-hash: unknown\ncommit-date: unknown\nhost: x86_64-unknown-linux-gnu\nrelease: 1.69.0-dev\n", "1.69.0-dev", nameof(RustChannel.Dev) },
        { "rustc 1.63.0\nbinary: rustc\ncommit-hash: unknown\ncommit-date: unknown\nhost: x86_64-unknown-linux-gnu\nrelease: 1.63.0\nLLVM version: 14.0.6\n", "1.63.0", nameof(RustChannel.Stable) },
        { "rustc 1.64.0\r\nbinary: rustc\r\nhost: aarch64-alpine-linux-musl\r\nrelease: 1.64.0\r\n", "1.64.0", nameof(RustChannel.Stable) },
        { "rustc 1.75.0 (82e1608df 2023-12-21) (built from a source tarball)\n", "1.75.0", nameof(RustChannel.Stable) },
        { "rustc 1.67.0 (fc594f156 2023-01-24) (Fedora 1.67.0-2.fc37)\n", "1.67.0", nameof(RustChannel.Stable) },
        { "rustc 1.88.0 (6b00bc388 2025-06-23) (Homebrew)\n", "1.88.0", nameof(RustChannel.Stable) },
    };

    [Theory]
    [MemberData(nameof(VerboseOutputs))]
    public void ReadsReleaseAndChannelFromEveryKnownBuild(string output, string release, string channel)
    {
        var info = RustcVersionInfo.Parse(output);

        Assert.NotNull(info);
        Assert.Equal(CargoVersion.Parse(release), info.Release);
        Assert.Equal(Enum.Parse<RustChannel>(channel), info.Channel);
    }

    [Fact]
    public void UnknownCommitIsNoCommit()
    {
        var info = RustcVersionInfo.Parse("release: 1.63.0\ncommit-hash: unknown\nhost: x86_64-unknown-linux-gnu\n")!;

        Assert.Null(info.CommitHash);
        Assert.Equal("x86_64-unknown-linux-gnu", info.Host);
        Assert.Equal("rustc 1.63.0 (stable)", info.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("error: toolchain 'missing' is not installed")]
    [InlineData("release: banana")]
    public void NoVersionWhenThereIsNone(string output) => Assert.Null(RustcVersionInfo.Parse(output));
}
