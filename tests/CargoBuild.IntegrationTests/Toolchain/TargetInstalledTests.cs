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

    [Fact]
    public void TheToolchainIsAskedOnceAndNotAgainByTheNextBuild()
    {
        var consumer = package.CreateConsumer("target-asked-once")
            .WriteCAbiCrate("native", "it_target_asked_once")
            .WriteFile("native/rust-toolchain.toml", "[toolchain]\nchannel = \"stable\"\n");
        var log = consumer.PathOf("rustc-invocations.log");
        var realRustc = Path.Combine(Environment.GetEnvironmentVariable("HOME")!, ".cargo", "bin", "rustc");
        consumer.WriteFile("tools/rustc", $"#!/bin/sh\necho \"$*\" >> '{log}'\nexec '{realRustc}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(consumer.PathOf("tools/rustc"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        consumer.WriteProject("Consumer.csproj", $"""<CargoCrate Include="native/Cargo.toml" Environment="RUSTC={consumer.PathOf("tools/rustc")}" />""");
        string[] Asked() => File.Exists(log) ? File.ReadAllLines(log) : [];

        var missing = consumer.Build("-r", "win-x64");
        var askedForTheTarget = Asked();
        var missingAgain = consumer.Build("-r", "win-x64");
        var askedAgain = Asked();

        Assert.Equal("CB2013", Assert.Single(missing.Errors).Code);
        Assert.Equal("CB2013", Assert.Single(missingAgain.Errors).Code);
        Assert.Equal(["-vV", "--print sysroot"], askedForTheTarget);
        Assert.Equal(askedForTheTarget, askedAgain);

        var host = consumer.Build();
        var askedByTheHostBuild = Asked().Length;
        var noOp = consumer.Build();

        Assert.True(host.ExitCode == 0 && noOp.ExitCode == 0, $"{host}\n{noOp}");
        Assert.Equal(askedByTheHostBuild, Asked().Length);
    }
}
