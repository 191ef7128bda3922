using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Toolchain;

/// <summary>
/// The gate checks the rustc cargo really runs: a toolchain's own cargo (CargoPath) builds with the rustc beside it,
/// and RUSTC set for cargo picks the compiler the gate checks. Real toolchains: rustup's nightly, Debian's 1.63.
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class CompilerSelectionTests(PackagedCargoBuild package)
{
    private const string CrateItem = """<CargoCrate Include="native/Cargo.toml" />""";

    private static string Toolchain(string name) =>
        Path.Combine(Environment.GetEnvironmentVariable("HOME")!, ".rustup", "toolchains", name, "bin");

    // The compiler a build really used: cargo gives build scripts the RUSTC it runs.
    private const string BuildScriptNamingItsCompiler = """
        fn main() {
            let rustc = std::env::var("RUSTC").unwrap();
            let version = std::process::Command::new(&rustc).arg("-V").output().unwrap();
            println!("cargo:warning=compiled by {}", String::from_utf8_lossy(&version.stdout).trim());
        }
        """;

    [Fact]
    public void NightlysOwnCargoBuildsANightlyCrateWithNightlysRustc()
    {
        var consumer = package.CreateConsumer("rustc-nightly-cargo")
            .WriteCAbiCrate("native", "it_rustc_nightly_cargo", body: "#![feature(never_type)]\n#[no_mangle]\npub extern \"C\" fn answer() -> i32 { 42 }\n")
            .WriteProject("Consumer.csproj", CrateItem,
                properties: $"<CargoPath>{Path.Combine(Toolchain("nightly-x86_64-unknown-linux-gnu"), "cargo")}</CargoPath>");

        var build = consumer.Build("-v:n");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("E0554", build.Output);
        Assert.Contains("(nightly)", build.Output);
        Assert.True(File.Exists(consumer.PathOf($"bin/Debug/net10.0/{TestEnvironment.NativeLibraryName("it_rustc_nightly_cargo")}")));
    }

    [Fact]
    public void DistributionCargoIsCheckedAndBuiltWithTheRustcBesideIt()
    {
        var consumer = package.CreateConsumer("rustc-debian-cargo")
            .WriteCAbiCrate("native", "it_rustc_debian_cargo", manifestExtra: "build = \"build.rs\"")
            .WriteFile("native/build.rs", BuildScriptNamingItsCompiler)
            .WriteProject("Consumer.csproj", CrateItem,
                properties: $"<CargoPath>{Path.Combine(Toolchain(TestEnvironment.OldToolchain), "cargo")}</CargoPath>");

        var build = consumer.Build("-v:n");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("rustc 1.63.0 (stable)", build.Output);
        Assert.Contains("compiled by rustc 1.63.0", build.Output);
    }

    [Fact]
    public void RustcInEnvironmentMetadataIsTheCompilerTheGateChecks()
    {
        var rustc = Path.Combine(Toolchain(TestEnvironment.OldToolchain), "rustc");
        var consumer = package.CreateConsumer("rustc-environment-metadata")
            .WriteCAbiCrate("native", "it_rustc_environment_metadata")
            .WriteFile("native/rust-toolchain.toml", "[toolchain]\nchannel = \"stable\"\n");
        var cargo = CargoInvocationLog.Create(consumer);
        consumer.WriteProject("Consumer.csproj", $"""<CargoCrate Include="native/Cargo.toml" Environment="RUSTC={rustc}" />""",
            properties: $"<CargoPath>{cargo.WrapperPath}</CargoPath><RustMinimumVersion>1.70</RustMinimumVersion>");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Errors);
        Assert.Equal("CB2001", error.Code);
        Assert.Contains("rustc 1.63.0", error.Message);
        Assert.Empty(cargo.All);
    }

    [Fact]
    public void RustupToolchainInCargoEnvironmentVariablesIsTheOneTheGateChecks()
    {
        var consumer = package.CreateConsumer("rustc-rustup-toolchain-variable")
            .WriteCAbiCrate("native", "it_rustc_rustup_toolchain_variable");
        var cargo = CargoInvocationLog.Create(consumer);
        consumer.WriteProject("Consumer.csproj", CrateItem,
            properties: $"<CargoPath>{cargo.WrapperPath}</CargoPath><CargoEnvironmentVariables>RUSTUP_TOOLCHAIN={TestEnvironment.OldToolchain}</CargoEnvironmentVariables><RustMinimumVersion>1.70</RustMinimumVersion>");

        var build = consumer.Build();

        var error = Assert.Single(build.Errors);
        Assert.Equal("CB2001", error.Code);
        Assert.Contains("rustc 1.63.0", error.Message);
        // The RustMinimumVersion property's requirement is reported at the project that sets it.
        Assert.Equal(consumer.PathOf("Consumer.csproj"), error.File);
        Assert.Empty(cargo.All);
    }
}
