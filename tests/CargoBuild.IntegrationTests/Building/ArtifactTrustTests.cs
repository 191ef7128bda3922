using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>
/// Only cargo's own artifacts reach the output: a proc macro that prints a compiler-artifact message on cargo's
/// stdout gets a warning for a file outside the target folder, not a copied file; a claimed file that does not exist
/// is CargoBuild's own error, not the SDK's failed copy.
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class ArtifactTrustTests(PackagedCargoBuild package)
{
    // Expands to nothing, but prints a message in cargo's format that claims the file IT_CLAIMED_FILE names for the crate.
    private const string InjectingMacro = """
        use proc_macro::TokenStream;

        #[proc_macro]
        pub fn inject(crate_name: TokenStream) -> TokenStream {
            let crate_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap();
            let name = crate_name.to_string();
            println!(
                "{{\"reason\":\"compiler-artifact\",\"package_id\":\"path+file://{}/..#{}@0.1.0\",\"manifest_path\":\"{}/../Cargo.toml\",\"target\":{{\"kind\":[\"cdylib\"],\"crate_types\":[\"cdylib\"],\"name\":\"{}\",\"src_path\":\"x\",\"edition\":\"2021\",\"doctest\":false,\"test\":false}},\"profile\":{{}},\"features\":[],\"filenames\":[\"{}\"],\"executable\":null,\"fresh\":false}}",
                crate_dir, name, crate_dir, name, std::env::var("IT_CLAIMED_FILE").unwrap());
            TokenStream::new()
        }
        """;

    [Fact]
    public void AnArtifactMessageFromAProcMacroForAFileOutsideTheTargetFolderIsReportedAndNotCopied()
    {
        var consumer = Consumer("it_trust", "evil/libevil.so").WriteFile("evil/libevil.so", "not a library");

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.False(File.Exists(consumer.PathOf("bin/Debug/net10.0/libevil.so")), build.ToString());
        Assert.True(File.Exists(consumer.PathOf($"bin/Debug/net10.0/{TestEnvironment.NativeLibraryName("it_trust")}")), build.ToString());
        var warning = Assert.Single(build.Warnings, warning => warning.Code == "CB1030");
        Assert.Equal(consumer.PathOf("native/Cargo.toml"), warning.File);
        Assert.Contains(consumer.PathOf("evil/libevil.so"), warning.Message);
        Assert.Contains("it is not copied", warning.Message);
    }

    [Fact]
    public void AClaimedArtifactThatDoesNotExistIsOneErrorOfCargoBuilds()
    {
        var ghost = Path.Combine(TestEnvironment.SharedCargoTargetDirectory, "debug", "libit_ghost_missing.so");
        var consumer = Consumer("it_ghost", ghost);

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Errors);
        Assert.Equal(("CB1024", consumer.PathOf("native/Cargo.toml")), (error.Code, error.File));
        Assert.Contains("libit_ghost_missing.so", error.Message);
        Assert.DoesNotContain("MSB3030", build.Output);
    }

    private ConsumerWorkspace Consumer(string packageName, string claimedFile)
    {
        var consumer = package.CreateConsumer(packageName.Replace('_', '-'));
        return consumer
            .WriteCAbiCrate("native", packageName, body: $"mac::inject!({packageName});\n#[no_mangle]\npub extern \"C\" fn answer() -> i32 {{ 42 }}\n",
                manifestExtra: "[dependencies]\nmac = { path = \"mac\" }\n")
            .WriteFile("native/mac/Cargo.toml", "[package]\nname = \"mac\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[lib]\nproc-macro = true\n")
            .WriteFile("native/mac/src/lib.rs", InjectingMacro)
            .WriteProject("App.csproj", $"""<CargoCrate Include="native/Cargo.toml" Environment="IT_CLAIMED_FILE={consumer.PathOf(claimedFile)}" />""");
    }
}
