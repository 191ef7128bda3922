using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>
/// The documented extension points: C# that a crate's build script writes (the csbindgen pattern) compiles in the
/// build that ran cargo, and targets hooked before CargoBuild (BeforeTargets, CargoBuildDependsOn) run before cargo.
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class ExtensionPointTests(PackagedCargoBuild package)
{
    [Fact]
    public void BindingsTheBuildScriptGeneratesCompileOnTheFirstCleanBuildAndOnceAfter()
    {
        var consumer = package.CreateConsumer("generated-bindings")
            .WriteCAbiCrate("native", "it_generated_bindings")
            .WriteFile("native/build.rs", """
                // As csbindgen does: the build script writes the C# declarations of the library into the project.
                fn main() {
                    std::fs::write("../Generated/NativeMethods.g.cs", r#"
                internal static class NativeMethods
                {
                    [System.Runtime.InteropServices.DllImport("it_generated_bindings")]
                    internal static extern int answer();
                }
                "#).unwrap();
                }
                """)
            .WriteFile("Generated/.keep", "")
            .WriteProject("App.csproj", """<CargoCrate Include="native/Cargo.toml" GeneratedCompile="./Generated/NativeMethods.g.cs" />""", outputType: "Exe")
            .WriteFile("Program.cs", """Console.WriteLine($"generated bindings say {NativeMethods.answer()}");""");

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(consumer.PathOf("Generated/NativeMethods.g.cs")), build.ToString());
        AssertRuns(consumer, "generated bindings say 42");

        // Now the SDK's glob finds the file too, as Generated/NativeMethods.g.cs: compiled twice it would warn (CS2002).
        var again = consumer.Build();
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Empty(again.Warnings);
        AssertRuns(consumer, "generated bindings say 42");
    }

    [Fact]
    public void GeneratedCompileThatTheBuildScriptDidNotWriteIsALocatedError()
    {
        var consumer = package.CreateConsumer("generated-missing")
            .WriteCAbiCrate("native", "it_generated_missing")
            .WriteProject("App.csproj", """<CargoCrate Include="native/Cargo.toml" GeneratedCompile="NativeMethods.g.cs" />""");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Errors);
        Assert.Equal("CB1031", error.Code);
        Assert.Equal(consumer.PathOf("App.csproj"), error.File);
        Assert.Contains("NativeMethods.g.cs", error.Message);
    }

    // Multi-targeted, the frameworks' builds hand cargo to a shared project instance: the hooks run before it all the same.
    [Theory]
    [InlineData("net10.0")]
    [InlineData("net8.0;net10.0")]
    public void TargetsHookedBeforeCargoBuildRunBeforeCargoAndAfterTargetsSeeTheLibraries(string targetFrameworks)
    {
        var crate = $"it_before_cargo_{targetFrameworks.Split(';').Length}";
        var consumer = package.CreateConsumer(crate)
            .WriteCAbiCrate("native", crate, body: """
                #[no_mangle]
                pub extern "C" fn hooks() -> *const u8 {
                    concat!("before targets: ", env!("IT_FROM_BEFORE_TARGETS"), ", depends on: ", env!("IT_FROM_DEPENDS_ON"), "\0").as_ptr()
                }
                """)
            .WriteFile("native/build.rs", """
                // Reads what the project's targets wrote: they must have run before cargo.
                fn read(file: &str) -> String {
                    println!("cargo:rerun-if-changed={file}");
                    std::fs::read_to_string(file).unwrap_or_else(|_| panic!("{file} is missing: the target that writes it did not run before cargo")).trim().to_string()
                }

                fn main() {
                    println!("cargo:rustc-env=IT_FROM_BEFORE_TARGETS={}", read("from-before-targets.txt"));
                    println!("cargo:rustc-env=IT_FROM_DEPENDS_ON={}", read("from-depends-on.txt"));
                }
                """)
            .WriteFile("Consumer.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFrameworks>{targetFrameworks}</TargetFrameworks>
                    <CargoBuildDependsOn>$(CargoBuildDependsOn);WriteForTheCrateFromDependsOn</CargoBuildDependsOn>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="CargoBuild" Version="{package.Version}" PrivateAssets="all" />
                    <CargoCrate Include="native/Cargo.toml" />
                  </ItemGroup>
                  <Target Name="WriteForTheCrateBeforeCargo" BeforeTargets="CargoBuild">
                    <WriteLinesToFile File="native/from-before-targets.txt" Lines="hooked" Overwrite="true" />
                  </Target>
                  <Target Name="WriteForTheCrateFromDependsOn">
                    <WriteLinesToFile File="native/from-depends-on.txt" Lines="listed" Overwrite="true" />
                  </Target>
                  <Target Name="ShowTheLibrariesAfterCargo" AfterTargets="CargoBuild">
                    <Message Importance="high" Text="after cargo: %(CargoNativeLibrary.Filename)%(CargoNativeLibrary.Extension) exists: $([System.IO.File]::Exists('%(CargoNativeLibrary.FullPath)'))" />
                  </Target>
                </Project>
                """);
        var library = TestEnvironment.NativeLibraryName(crate);

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.ReadAllBytes(consumer.PathOf($"bin/Debug/net10.0/{library}")).AsSpan().IndexOf("before targets: hooked, depends on: listed\0"u8) >= 0,
            $"the library does not hold what the hooks wrote:\n{build}");
        Assert.Contains($"after cargo: {library} exists: True", build.Output);
    }

    private static void AssertRuns(ConsumerWorkspace consumer, string expected)
    {
        var run = DotNet.Run(consumer.Directory, null, consumer.PathOf("bin/Debug/net10.0/App.dll"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(expected, run.Output);
    }
}
