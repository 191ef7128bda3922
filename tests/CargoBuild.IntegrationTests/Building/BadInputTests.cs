using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>Each bad input ends in one clear, located error; never in MSB4018 (an unhandled exception in a task).</summary>
[Collection(IntegrationCollection.Name)]
public sealed class BadInputTests(PackagedCargoBuild package)
{
    [Fact]
    public void MissingCargoIsOneErrorThatSaysWhereItLookedAndHowToInstallRust()
    {
        var consumer = package.CreateConsumer("missing-cargo")
            .WriteCAbiCrate("native", "it_missing_cargo")
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");

        var build = consumer.Build("-p:CargoPath=/nonexistent/bin/cargo");

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Errors);
        Assert.Equal("CB1010", error.Code);
        Assert.Contains("/nonexistent/bin/cargo", error.Message);
        Assert.Contains("rustup", error.Message);
        Assert.DoesNotContain("MSB4018", build.Output);
    }

    [Fact]
    public void CrateThatPointsNowhereIsOneErrorNamingThePath()
    {
        var consumer = package.CreateConsumer("missing-crate")
            .WriteProject("Consumer.csproj", """<CargoCrate Include="nowhere/Cargo.toml" />""");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Errors);
        Assert.Equal("CB1011", error.Code);
        Assert.Contains(consumer.PathOf("nowhere/Cargo.toml"), error.Message);
        Assert.DoesNotContain("MSB4018", build.Output);
    }

    [Fact]
    public void ManifestCargoRejectsIsOneErrorAtTheManifest()
    {
        var consumer = package.CreateConsumer("rejected-manifest")
            .WriteCAbiCrate("native", "it_rejected_manifest", manifestExtra: "license = 12")
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Errors);
        Assert.Equal(consumer.PathOf("native/Cargo.toml"), error.File);
        Assert.StartsWith("CB", error.Code);
        Assert.DoesNotContain("MSB4018", build.Output);
    }
}
