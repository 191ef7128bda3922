using CargoBuild.Building;

namespace CargoBuild.Tests.Building;

public sealed class CommandLineSplitterTests
{
    [Theory]
    [InlineData(null, new string[0])]
    [InlineData("   ", new string[0])]
    [InlineData("-v", new[] { "-v" })]
    [InlineData("  -v   --timings ", new[] { "-v", "--timings" })]
    [InlineData("--config \"build.rustflags=['-C', 'x']\"", new[] { "--config", "build.rustflags=['-C', 'x']" })]
    [InlineData("--config 'a b' c", new[] { "--config", "a b", "c" })]
    [InlineData("\"\"", new[] { "" })]
    public void SplitsLikeAShell(string? commandLine, string[] expected) =>
        Assert.Equal(expected, CommandLineSplitter.Split(commandLine));
}
