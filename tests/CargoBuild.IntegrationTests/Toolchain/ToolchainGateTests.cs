using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Toolchain;

/// <summary>The gate against real toolchains (rustup's stable and nightly, Debian's rustc 1.63) and real pyo3 0.17.3.</summary>
[Collection(IntegrationCollection.Name)]
public sealed class ToolchainGateTests(PackagedCargoBuild package)
{
    private const string CrateItem = """<CargoCrate Include="native/Cargo.toml" />""";

    [Fact]
    public void OldToolchainFailsTheGateAloneAndInTheBuildBeforeAnythingCompiles()
    {
        var consumer = package.CreateConsumer("gate-old-toolchain")
            .WriteCAbiCrate("native", "it_gate_old_toolchain", manifestExtra: "rust-version = \"1.70\"")
            .WriteFile("native/rust-toolchain.toml", $"[toolchain]\nchannel = \"{TestEnvironment.OldToolchain}\"\n");
        var cargo = CargoInvocationLog.Create(consumer);
        consumer.WriteProject("Consumer.csproj", CrateItem, properties: $"<CargoPath>{cargo.WrapperPath}</CargoPath>");

        var alone = consumer.Run("msbuild", "-restore", "-t:RustToolchainCheck");
        var build = consumer.Build();

        foreach (var outcome in new[] { alone, build })
        {
            Assert.NotEqual(0, outcome.ExitCode);
            var error = Assert.Single(outcome.Errors);
            Assert.Equal(("CB2001", consumer.PathOf("native/Cargo.toml"), 5), (error.Code, error.File, error.Line));
            Assert.Contains("rustc 1.63.0", error.Message);
            Assert.Contains("1.70", error.Message);
        }

        Assert.Empty(cargo.All);
        Assert.DoesNotContain("Compiling", build.Output);
    }

    [Fact]
    public void NightlyPassesUnlessStableIsRequired()
    {
        var consumer = package.CreateConsumer("gate-nightly")
            .WriteCAbiCrate("native", "it_gate_nightly")
            .WriteFile("native/rust-toolchain.toml", "[toolchain]\nchannel = \"nightly\"\n")
            .WriteProject("Consumer.csproj", CrateItem);

        var byDefault = consumer.Run("msbuild", "-restore", "-t:RustToolchainCheck", "-v:n");
        var stableRequired = consumer.Run("msbuild", "-restore", "-t:RustToolchainCheck", "-p:RustRequireStable=true");

        Assert.True(byDefault.ExitCode == 0, byDefault.ToString());
        Assert.Contains("(nightly)", byDefault.Output);
        Assert.NotEqual(0, stableRequired.ExitCode);
        Assert.Equal("CB2002", Assert.Single(stableRequired.Errors).Code);
    }

    [Fact]
    public void StablePassesAndSaysWhatItChecked()
    {
        var consumer = package.CreateConsumer("gate-stable")
            .WriteCAbiCrate("native", "it_gate_stable", manifestExtra: "rust-version = \"1.70\"")
            .WriteFile("native/rust-toolchain.toml", "[toolchain]\nchannel = \"stable\"\n")
            .WriteProject("Consumer.csproj", CrateItem);

        var check = consumer.Run("msbuild", "-restore", "-t:RustToolchainCheck", "-v:n", "-p:RustRequireStable=true");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Matches(@"rustc 1\.\d+\.\d+ \(stable\) meets 1\.70 \(Cargo\.toml rust-version\)", check.Output);
    }

    [Fact]
    public void PassedCheckIsReusedUntilTheManifestOrTheToolchainChanges()
    {
        var consumer = package.CreateConsumer("gate-reuse")
            .WriteCAbiCrate("native", "it_gate_reuse", manifestExtra: "rust-version = \"1.70\"")
            .WriteFile("native/rust-toolchain.toml", "[toolchain]\nchannel = \"stable\"\n")
            .WriteProject("Consumer.csproj", CrateItem);
        ProcessOutcome Check() => consumer.Run("msbuild", "-restore", "-t:RustToolchainCheck", "-v:d");

        var first = Check();
        var second = Check();
        File.WriteAllText(consumer.PathOf("native/Cargo.toml"), File.ReadAllText(consumer.PathOf("native/Cargo.toml")).Replace("rust-version = \"1.70\"", "rust-version = \"1.70\"\n# edited"));
        var afterEdit = Check();
        consumer.WriteFile("native/rust-toolchain.toml", $"[toolchain]\nchannel = \"{TestEnvironment.OldToolchain}\"\n");
        var olderToolchain = Check();

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0 && afterEdit.ExitCode == 0, $"{first}\n{second}\n{afterEdit}");
        Assert.DoesNotContain("is reused from", first.Output);
        Assert.Contains("is reused from", second.Output);
        Assert.Matches(@"rustc 1\.\d+\.\d+ \(stable\) meets 1\.70", second.Output);
        Assert.DoesNotContain("is reused from", afterEdit.Output);
        Assert.Equal("CB2001", Assert.Single(olderToolchain.Errors).Code);
    }

    [Theory]
    [InlineData("0.18", false)]
    [InlineData("0.17", true)]
    public void LockedPyO3IsComparedWithPyO3MinimumVersion(string minimum, bool passes)
    {
        var consumer = package.CreateConsumer($"gate-pyo3-{minimum}")
            .WritePyO3Crate("native", "it_gate_pyo3", "")
            .WriteProject("Consumer.csproj", CrateItem);
        var lockFile = DotNet.RunProcess("cargo", consumer.PathOf("native"), null, "generate-lockfile", "--offline");
        Assert.True(lockFile.ExitCode == 0, lockFile.ToString());

        var check = consumer.Run("msbuild", "-restore", "-t:RustToolchainCheck", "-v:n", $"-p:PyO3MinimumVersion={minimum}");

        if (passes)
        {
            Assert.True(check.ExitCode == 0, check.ToString());
            Assert.Contains("pyo3 0.17.3 (Cargo.lock) meets 0.17", check.Output);
        }
        else
        {
            var error = Assert.Single(check.Errors);
            Assert.Equal(("CB2004", consumer.PathOf("native/Cargo.toml"), 10), (error.Code, error.File, error.Line));
            Assert.Contains("pyo3 0.17.3", error.Message);
            Assert.Contains("0.18", error.Message);
        }
    }

    [Fact]
    public void PyO3BeforeStableRustFailsOnStableWithTheGuideLinkAndWithoutCargo()
    {
        var consumer = package.CreateConsumer("gate-pyo3-nightly-only")
            .WriteCAbiCrate("native", "it_gate_pyo3_010", manifestExtra: "\n[dependencies]\npyo3 = \"0.10\"")
            .WriteFile("native/rust-toolchain.toml", "[toolchain]\nchannel = \"stable\"\n");
        var cargo = CargoInvocationLog.Create(consumer);
        consumer.WriteProject("Consumer.csproj", CrateItem, properties: $"<CargoPath>{cargo.WrapperPath}</CargoPath>");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Errors);
        Assert.Equal("CB2003", error.Code);
        Assert.Contains("https://pyo3.rs/v0.11.0/migration.html#stable-rust", error.Message);
        Assert.Contains("0.11 or later", error.Message);
        Assert.False(File.Exists(consumer.PathOf("native/Cargo.lock")));
        Assert.Empty(cargo.All);
    }

    [Fact]
    public void MalformedManifestIsAnErrorAtItsLineAndColumn()
    {
        var consumer = package.CreateConsumer("gate-malformed")
            .WriteFile("native/Cargo.toml", "[package]\nname = \"it_gate_malformed\"\nversion = \"0.1.0\nedition = \"2021\"\n")
            .WriteProject("Consumer.csproj", CrateItem);

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Errors);
        Assert.Equal(("CB2010", consumer.PathOf("native/Cargo.toml"), 3, 17), (error.Code, error.File, error.Line, error.Column));
        Assert.DoesNotContain("MSB4018", build.Output);
    }
}
