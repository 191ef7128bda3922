using System.Text;
using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>
/// A variable cargo tracks for a crate (a build script's rerun-if-env-changed, rustc's env!/option_env!) rebuilds it
/// when it changes, as cargo would, and only then; variables set for cargo from MSBuild reach it and rebuild too.
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class EnvironmentDependencyTests(PackagedCargoBuild package)
{
    [Fact]
    public void BuildScriptsRerunIfEnvChangedVariableRebuildsTheLibraryWhenItChanges()
    {
        var consumer = package.CreateConsumer("env-build-script")
            .WriteCAbiCrate("native", "it_env_build_script", body: """
                #[no_mangle]
                pub extern "C" fn flavour() -> *const u8 {
                    concat!("baked flavour: ", env!("IT_BAKED_FLAVOUR"), "\0").as_ptr()
                }
                """)
            .WriteFile("native/build.rs", """
                fn main() {
                    println!("cargo:rerun-if-env-changed=IT_FLAVOUR");
                    println!("cargo:rustc-env=IT_BAKED_FLAVOUR={}", std::env::var("IT_FLAVOUR").unwrap_or_default());
                }
                """);
        var (cargo, library) = Project(consumer, "it_env_build_script");

        cargo.AssertBuildRunsCargo(consumer, 1, "the first build", Flavour("a"));
        Assert.True(Holds(library, "baked flavour: a\0"));
        cargo.AssertBuildRunsCargo(consumer, 0, "the same IT_FLAVOUR", Flavour("a"));

        cargo.AssertBuildRunsCargo(consumer, 1, "IT_FLAVOUR a to b", Flavour("b"));
        Assert.True(Holds(library, "baked flavour: b\0"), "the library still holds the old flavour");
        cargo.AssertBuildRunsCargo(consumer, 0, "the same IT_FLAVOUR", Flavour("b"));

        cargo.AssertBuildRunsCargo(consumer, 1, "IT_FLAVOUR unset", null);
        Assert.True(Holds(library, "baked flavour: \0"));
        cargo.AssertBuildRunsCargo(consumer, 0, "IT_FLAVOUR still unset", null);
    }

    [Fact]
    public void EnvAndOptionEnvInTheSourceRebuildTheLibraryWhenTheirVariableChanges()
    {
        var consumer = package.CreateConsumer("env-macro")
            .WriteCAbiCrate("native", "it_env_macro", body: """
                #[no_mangle]
                pub extern "C" fn x() -> *const u8 {
                    concat!("it x: ", env!("IT_X"), "\0").as_ptr()
                }

                #[no_mangle]
                pub extern "C" fn optional_length() -> usize {
                    option_env!("IT_OPTIONAL").map_or(0, str::len)
                }
                """);
        var (cargo, library) = Project(consumer, "it_env_macro");
        var x1 = new Dictionary<string, string> { ["IT_X"] = "1" };

        cargo.AssertBuildRunsCargo(consumer, 1, "the first build", x1);
        Assert.True(Holds(library, "it x: 1\0"));
        cargo.AssertBuildRunsCargo(consumer, 0, "the same IT_X", x1);

        cargo.AssertBuildRunsCargo(consumer, 1, "IT_X 1 to 2", new Dictionary<string, string> { ["IT_X"] = "2" });
        Assert.True(Holds(library, "it x: 2\0"), "the library still holds the old IT_X");

        var optional = new Dictionary<string, string> { ["IT_X"] = "2", ["IT_OPTIONAL"] = "set" };
        cargo.AssertBuildRunsCargo(consumer, 1, "IT_OPTIONAL set", optional);
        cargo.AssertBuildRunsCargo(consumer, 0, "the same IT_OPTIONAL", optional);
    }

    [Fact]
    public void EnvironmentMetadataAndCargoEnvironmentVariablesReachCargoAndRebuildWhenTheyChange()
    {
        var consumer = package.CreateConsumer("env-metadata")
            .WriteCAbiCrate("native", "it_env_metadata", body: """
                #[no_mangle]
                pub extern "C" fn setting() -> *const u8 {
                    concat!("from metadata: ", env!("IT_FROM_METADATA"), ", from property: ", env!("IT_FROM_PROPERTY"), ", shared: ", env!("IT_SHARED"), "\0").as_ptr()
                }
                """);
        var cargo = CargoInvocationLog.Create(consumer);
        consumer.WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" Environment="IT_FROM_METADATA=$(ItMetadata);IT_SHARED=crate" />""",
            properties: $"<CargoPath>{cargo.WrapperPath}</CargoPath><CargoEnvironmentVariables>IT_FROM_PROPERTY=$(ItProperty);IT_SHARED=project</CargoEnvironmentVariables>");
        var library = consumer.PathOf($"bin/Debug/net10.0/{TestEnvironment.NativeLibraryName("it_env_metadata")}");

        // A crate's Environment metadata overrides the project's CargoEnvironmentVariables (IT_SHARED).
        cargo.AssertBuildRunsCargo(consumer, 1, "the first build", null, "-p:ItMetadata=m1", "-p:ItProperty=p1");
        Assert.True(Holds(library, "from metadata: m1, from property: p1, shared: crate\0"));
        cargo.AssertBuildRunsCargo(consumer, 0, "the same settings", null, "-p:ItMetadata=m1", "-p:ItProperty=p1");

        cargo.AssertBuildRunsCargo(consumer, 1, "the Environment metadata", null, "-p:ItMetadata=m2", "-p:ItProperty=p1");
        Assert.True(Holds(library, "from metadata: m2, from property: p1, shared: crate\0"));
        cargo.AssertBuildRunsCargo(consumer, 1, "CargoEnvironmentVariables", null, "-p:ItMetadata=m2", "-p:ItProperty=p2");
        Assert.True(Holds(library, "from metadata: m2, from property: p2, shared: crate\0"));
        cargo.AssertBuildRunsCargo(consumer, 0, "the same settings", null, "-p:ItMetadata=m2", "-p:ItProperty=p2");

        // Set for cargo, the variables win over the build's own environment.
        cargo.AssertBuildRunsCargo(consumer, 0, "the same variable in the build's environment",
            new Dictionary<string, string> { ["IT_FROM_METADATA"] = "ignored" }, "-p:ItMetadata=m2", "-p:ItProperty=p2");
    }

    [Fact]
    public void CleanSeesTheVariablesTheBuildSaw()
    {
        var consumer = package.CreateConsumer("env-clean")
            .WriteCAbiCrate("native", "it_env_clean")
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" Environment="CARGO_TARGET_DIR=$(MSBuildProjectDirectory)/own-target" />""");
        var built = consumer.PathOf($"own-target/debug/{TestEnvironment.NativeLibraryName("it_env_clean")}");

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(built), $"cargo did not build into the CARGO_TARGET_DIR of the Environment metadata:\n{build}");

        var clean = consumer.Run("clean");

        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.False(File.Exists(built), $"cargo clean did not clean the CARGO_TARGET_DIR of the Environment metadata:\n{clean}");
    }

    [Fact]
    public void MalformedEnvironmentEntryIsALocatedError()
    {
        var consumer = package.CreateConsumer("env-malformed")
            .WriteCAbiCrate("native", "it_env_malformed")
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" Environment="IT_GOOD=1;IT_FLAVOUR" />""");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Errors);
        Assert.Equal(("CB1021", consumer.PathOf("Consumer.csproj")), (error.Code, error.File));
        Assert.Contains("'IT_FLAVOUR'", error.Message);
        Assert.Contains("NAME=value", error.Message);

        consumer.WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""",
            properties: "<CargoEnvironmentVariables>=no-name;IT_GOOD=1</CargoEnvironmentVariables>");
        var property = consumer.Build();

        Assert.NotEqual(0, property.ExitCode);
        var propertyError = Assert.Single(property.Errors);
        Assert.Equal(("CB1021", consumer.PathOf("Consumer.csproj")), (propertyError.Code, propertyError.File));
        Assert.Contains("CargoEnvironmentVariables has an entry that is not NAME=value: '=no-name'", propertyError.Message);
    }

    private static Dictionary<string, string> Flavour(string flavour) => new() { ["IT_FLAVOUR"] = flavour };

    private static (CargoInvocationLog Cargo, string Library) Project(ConsumerWorkspace consumer, string packageName)
    {
        var cargo = CargoInvocationLog.Create(consumer);
        consumer.WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""", properties: $"<CargoPath>{cargo.WrapperPath}</CargoPath>");
        return (cargo, consumer.PathOf($"bin/Debug/net10.0/{TestEnvironment.NativeLibraryName(packageName)}"));
    }

    // The text rustc put in the library's read-only data: what the library would return.
    private static bool Holds(string library, string text) =>
        File.ReadAllBytes(library).AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

}
