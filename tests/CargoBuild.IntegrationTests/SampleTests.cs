using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests;

/// <summary>The README's first command: the sample runs straight from the repository and prints Rust's answer.</summary>
[Collection(IntegrationCollection.Name)]
public sealed class SampleTests
{
    [Fact]
    public void HelloRustPrintsAValueComputedInRust()
    {
        var run = DotNet.Run(RepositoryRootAttribute.Value, null, "run", "--project", "samples/HelloRust");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("fibonacci(40) = 102334155, computed in Rust.", run.Output);
    }
}
