using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>
/// A cdylib built as a Python extension module (pyo3 with extension-module) lands in bin/ under the name Python imports,
/// so that <c>import name</c> works from there; other cdylibs keep the name .NET loads.
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class PythonModuleTests(PackagedCargoBuild package)
{
    private static string ModuleSource(string moduleName, int value) => $$"""
        use pyo3::prelude::*;

        #[pyfunction]
        fn f() -> i64 {
            {{value}}
        }

        #[pymodule]
        fn {{moduleName}}(_py: Python<'_>, module: &PyModule) -> PyResult<()> {
            module.add_function(wrap_pyfunction!(f, module)?)?;
            Ok(())
        }
        """;

    [Fact]
    public void ExtensionModuleIsImportableFromBinAndAPlainCdylibOfTheSameWorkspaceKeepsItsLibraryName()
    {
        var consumer = package.CreateConsumer("python-module")
            .WriteFile("native/Cargo.toml", """
                [workspace]
                members = ["module", "plain"]
                resolver = "2"
                """)
            .WritePyO3Crate("native/module", "it_python_module", ModuleSource("it_python_module", 4217))
            .WriteCAbiCrate("native/plain", "it_python_plain")
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");
        var bin = consumer.PathOf("bin/Debug/net10.0");

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(bin, PythonModuleFileName("it_python_module"))), build.ToString());
        Assert.False(File.Exists(Path.Combine(bin, TestEnvironment.NativeLibraryName("it_python_module"))), "the module is in bin/ under its library name too");
        Assert.True(File.Exists(Path.Combine(bin, TestEnvironment.NativeLibraryName("it_python_plain"))), build.ToString());
        AssertImports(bin, "it_python_module", "4217");

        // A build that skips cargo names the module from its record.
        Directory.Delete(consumer.PathOf("bin"), recursive: true);
        var again = consumer.Build("-v:n");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("cargo skipped for", again.Output);
        AssertImports(bin, "it_python_module", "4217");
        Assert.True(File.Exists(Path.Combine(bin, TestEnvironment.NativeLibraryName("it_python_plain"))), again.ToString());
    }

    [Fact]
    public void PythonModuleMetadataDecidesTheName()
    {
        var consumer = package.CreateConsumer("python-module-metadata")
            .WriteCAbiCrate("declared", "it_python_declared")
            .WritePyO3Crate("opted-out", "it_python_opted_out", ModuleSource("it_python_opted_out", 1))
            .WriteProject("Consumer.csproj", """
                <CargoCrate Include="declared/Cargo.toml" PythonModule="true" />
                <CargoCrate Include="opted-out/Cargo.toml" PythonModule="false" />
                """);
        var bin = consumer.PathOf("bin/Debug/net10.0");

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(bin, PythonModuleFileName("it_python_declared"))), build.ToString());
        Assert.False(File.Exists(Path.Combine(bin, TestEnvironment.NativeLibraryName("it_python_declared"))), build.ToString());
        Assert.True(File.Exists(Path.Combine(bin, TestEnvironment.NativeLibraryName("it_python_opted_out"))), build.ToString());
        Assert.False(File.Exists(Path.Combine(bin, PythonModuleFileName("it_python_opted_out"))), build.ToString());
    }

    private static string PythonModuleFileName(string moduleName) => moduleName + (OperatingSystem.IsWindows() ? ".pyd" : ".so");

    private static void AssertImports(string directory, string moduleName, string expected)
    {
        var python = DotNet.RunProcess("python3", directory, null, "-c", $"import {moduleName}; print({moduleName}.f())");
        Assert.True(python.ExitCode == 0, python.ToString());
        Assert.Equal(expected, python.Output.Trim());
    }
}
