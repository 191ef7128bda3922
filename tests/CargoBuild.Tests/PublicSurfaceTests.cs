using CargoBuild.Tasks;

namespace CargoBuild.Tests;

/// <summary>The assembly's public types are the MSBuild tasks and their base; the core stays internal.</summary>
public sealed class PublicSurfaceTests
{
    [Fact]
    public void OnlyTheTasksArePublic() =>
        Assert.Equal(
            [nameof(CargoCleanCrates), nameof(CargoCompile), nameof(CargoTask), nameof(RustToolchainCheck)],
            typeof(CargoTask).Assembly.GetExportedTypes().Select(type => type.Name).Order(StringComparer.Ordinal));
}
