using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Toolchain;

/// <summary>
/// A RuntimeIdentifier whose Rust target the toolchain lacks fails the gate with one error that says how to install it,
/// not with E0463 at lib.rs(1,1). Stable has only the host's std here (rustup is offline).
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class TargetInstalledTests(PackagedCargoBuild package)
{
    [Theory]
    [InlineData("win-x64", "x86_64-pc-windows-msvc")]
    [InlineData("linux-musl-x64", "x86_64-unknown-linux-musl")]
    public void MissingTargetIsOneGateErrorNamingRustupTargetAdd(string runtimeIdentifier, string triple)
    {
        var consumer = package.CreateConsumer($"target-missing-{runtimeIdentifier}")
            .WriteCAbiCrate("native", $"it_target_missing_{runtimeIdentifier.Replace('-', '_')}")
            .WriteFile("native/rust-toolchain.toml", "[toolchain]\nchannel = \"stable\"\n");
        var cargo = CargoInvocationLog.Create(consumer);
        consumer.WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""", properties: $"<CargoPath>{cargo.WrapperPath}</CargoPath>");

        var build = consumer.Build("-r", runtimeIdentifier);
        var alone = consumer.Run("msbuild", "-restore", "-t:RustToolchainCheck", $"-p:RuntimeIdentifier={runtimeIdentifier}");

        foreach (var outcome in new[] { build, alone })
        {
            Assert.NotEqual(0, outcome.ExitCode);
            var error = Assert.Single(outcome.Errors);
            Assert.Equal(("CB2013", consumer.PathOf("Consumer.csproj")), (error.Code, error.File));
            Assert.Contains($"rustup target add {triple} --toolchain stable-", error.Message);
            Assert.Contains($"RuntimeIdentifier {runtimeIdentifier}", error.Message);
            Assert.DoesNotContain("E0463", outcome.Output);
        }

        Assert.Empty(cargo.All);
    }

    [Fact]
    public void InstalledTargetOfADistributionToolchainPassesAndAMissingOneSaysItsSysrootLacksIt()
    {
        var consumer = package.CreateConsumer("target-distribution")
            .WriteCAbiCrate("native", "it_target_distribution")
            .WriteFile("native/rust-toolchain.toml", $"[toolchain]\nchannel = \"{TestEnvironment.OldToolchain}\"\n")
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");

        var host = consumer.Run("msbuild", "-restore", "-t:RustToolchainCheck", $"-p:RuntimeIdentifier={TestEnvironment.RuntimeIdentifier}");
        var missing = consumer.Run("msbuild", "-restore", "-t:RustToolchainCheck", "-p:RuntimeIdentifier=osx-arm64");

        Assert.True(host.ExitCode == 0, host.ToString());
        var error = Assert.Single(missing.Errors);
        Assert.Equal("CB2013", error.Code);
        Assert.Contains("missing from the sysroot", error.Message);
        Assert.Contains("/usr/lib/rustlib/aarch64-apple-darwin/lib", error.Message);
    }
}
