using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>Native libraries that cargo reports reach bin/, publish output, referencing projects and packs.</summary>
[Collection(IntegrationCollection.Name)]
public sealed class NativeOutputTests(PackagedCargoBuild package)
{
    private const string CallingProgram = """
        using System.Runtime.InteropServices;
        Console.WriteLine($"rust says {Native.answer()}");
        static class Native
        {
            [DllImport("it_cabi_app")] public static extern int answer();
        }
        """;

    [Fact]
    public void CAbiCrateIsInBinInPublishAndInThePackage()
    {
        var consumer = package.CreateConsumer("cabi")
            .WriteCAbiCrate("native", "it_cabi_app")
            .WriteProject("App.csproj", """<CargoCrate Include="native/Cargo.toml" />""", outputType: "Exe", properties: "<IsPackable>true</IsPackable>")
            .WriteFile("Program.cs", CallingProgram);
        var library = TestEnvironment.NativeLibraryName("it_cabi_app");

        var run = consumer.Run("run", "--project", "App.csproj");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("rust says 42", run.Output);
        Assert.True(File.Exists(consumer.PathOf($"bin/Debug/net10.0/{library}")), run.ToString());

        var publish = consumer.Run("publish", "-c", "Release", "-o", "published");
        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.True(File.Exists(consumer.PathOf($"published/{library}")), publish.ToString());

        var pack = consumer.Run("pack", "-c", "Release", "-o", "packed", "-p:PackageId=It.CAbi", "-p:Version=1.0.0");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Contains($"runtimes/{TestEnvironment.RuntimeIdentifier}/native/{library}", NuGetPackage.Entries(consumer.PathOf("packed/It.CAbi.1.0.0.nupkg")));
    }

    [Fact]
    public void Pyo3ExtensionModuleIsInBinInPublishAndInThePackage()
    {
        var consumer = package.CreateConsumer("pyo3-module")
            .WritePyO3Crate("native", "it_pyo3_module", """
                use pyo3::prelude::*;

                #[pyfunction]
                fn add(a: i64, b: i64) -> i64 {
                    a + b
                }

                #[pymodule]
                fn it_pyo3_module(_py: Python<'_>, module: &PyModule) -> PyResult<()> {
                    module.add_function(wrap_pyfunction!(add, module)?)?;
                    Ok(())
                }
                """)
            .WriteProject("Module.csproj", """<CargoCrate Include="native/Cargo.toml" />""");

        // Under the name Python imports (PythonModuleTests).
        var library = OperatingSystem.IsWindows() ? "it_pyo3_module.pyd" : "it_pyo3_module.so";

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(consumer.PathOf($"bin/Debug/net10.0/{library}")), build.ToString());
        Assert.DoesNotContain("pyo3.rs", build.Output);

        var publish = consumer.Run("publish", "-o", "published");
        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.True(File.Exists(consumer.PathOf($"published/{library}")), publish.ToString());

        var pack = consumer.Run("pack", "-o", "packed", "-p:PackageId=It.Pyo3", "-p:Version=1.0.0");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Contains($"runtimes/{TestEnvironment.RuntimeIdentifier}/native/{library}", NuGetPackage.Entries(consumer.PathOf("packed/It.Pyo3.1.0.0.nupkg")));
    }

    [Fact]
    public void ReferencingProjectGetsTheLibraryAndCallsIt()
    {
        var consumer = package.CreateConsumer("project-reference")
            .WriteCAbiCrate("interop/native", "it_cabi_app")
            .WriteProject("interop/Interop.csproj", """<CargoCrate Include="native" />""")
            .WriteProject("app/App.csproj", "", outputType: "Exe", otherItems: """<ProjectReference Include="../interop/Interop.csproj" />""")
            .WriteFile("app/Program.cs", CallingProgram);

        var run = consumer.Run("run", "--project", "app/App.csproj");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("rust says 42", run.Output);
        Assert.True(File.Exists(consumer.PathOf($"app/bin/Debug/net10.0/{TestEnvironment.NativeLibraryName("it_cabi_app")}")));
    }
}
