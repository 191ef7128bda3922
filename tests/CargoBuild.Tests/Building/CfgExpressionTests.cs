using CargoBuild.Building;

namespace CargoBuild.Tests.Building;

public sealed class CfgExpressionTests
{
    private static readonly IReadOnlySet<string> Musl = new HashSet<string> { "unix", "target_os=\"linux\"", "target_env=\"musl\"", "target_arch=\"x86_64\"" };

    [Theory]
    [InlineData("cfg(unix)", true)]
    [InlineData("cfg(windows)", false)]
    [InlineData("cfg(target_env = \"musl\")", true)]
    [InlineData("cfg(target_env=\"gnu\")", false)]
    [InlineData("cfg(all(unix, target_arch = \"x86_64\"))", true)]
    [InlineData("cfg(all(unix, target_arch = \"aarch64\"))", false)]
    [InlineData("cfg(any(windows, target_os = \"linux\"))", true)]
    [InlineData("cfg(not(windows))", true)]
    [InlineData("cfg(not(unix))", false)]
    [InlineData("x86_64-unknown-linux-musl", false)]
    [InlineData("cfg(all(unix)", false)]
    public void EvaluatesAgainstTheTargetsCfg(string key, bool expected) =>
        Assert.Equal(expected, CfgExpression.Matches(key, Musl));
}
