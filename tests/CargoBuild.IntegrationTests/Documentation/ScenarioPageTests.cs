using CargoBuild.IntegrationTests.Building;
using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Documentation;

/// <summary>
/// The scenario pages' files, written as a reader copies them, build and do what the page says: the P/Invoke library,
/// the PyO3 module and the package for several RIDs. The P/Invoke page's nuget.config is used as written (its local
/// feed holds the packed package). The CI and IDE pages add no build of their own (checked by hand, see their text).
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class ScenarioPageTests(PackagedCargoBuild package)
{
    [Fact]
    public void ThePInvokeLibraryPageRunsAndPacksAsItSays()
    {
        var page = ScenarioPage.Read("scenario-pinvoke-library.md");
        var consumer = package.CreateConsumer("scenario-pinvoke");
        page.WriteTo(consumer);
        Assert.Contains("nuget.config", page.Files.Keys);

        var run = consumer.Run("run", "--project", "App");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("distance: 5\ncharacters: 5", run.Output.ReplaceLineEndings("\n"));

        var pack = consumer.Run("pack", "Geometry", "-c", "Release", "-o", "packages");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Contains($"runtimes/{TestEnvironment.RuntimeIdentifier}/native/{TestEnvironment.NativeLibraryName("geometry")}",
            NuGetPackage.Entries(consumer.PathOf("packages/Geometry.1.0.0.nupkg")));
    }

    [Fact]
    public void ThePyO3ModulePageBuildsAModulePythonImports()
    {
        var page = ScenarioPage.Read("scenario-pyo3-module.md");
        var consumer = package.CreateConsumer("scenario-pyo3").UsePyO3Registry(PyO3Registry.ForMinor("0.28"));
        page.WriteTo(consumer);
        consumer.WriteFile("nuget.config", ScenarioPage.Read("scenario-pinvoke-library.md").Files["nuget.config"]);

        var run = consumer.Run("run", "--project", "MathTool");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("5", run.Output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().Trim());
        Assert.True(File.Exists(consumer.PathOf("MathTool/bin/Debug/net10.0/fastmath.so")), run.ToString());
    }

    [Fact]
    public void TheMultiRidPagePacksTheLibraryOfEachRuntimeIdentifier()
    {
        var page = ScenarioPage.Read("scenario-multi-rid-package.md");
        var consumer = package.CreateConsumer("scenario-multi-rid");
        page.WriteTo(consumer);
        consumer.WriteFile("nuget.config", ScenarioPage.Read("scenario-pinvoke-library.md").Files["nuget.config"]);
        // This machine has the page's cross targets in Debian's toolchain (build/test.sh), not in rustup's stable.
        consumer.WriteFile("Checksum/native/rust-toolchain.toml", $"[toolchain]\nchannel = \"{TestEnvironment.OldToolchain}\"\n");

        var pack = consumer.Run("pack", "Checksum", "-c", "Release", "-o", "packages");

        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Equal(
            [
                ("runtimes/linux-arm64/native/libchecksum.so", "ELF aarch64"),
                ("runtimes/linux-x64/native/libchecksum.so", "ELF x86-64"),
                ("runtimes/win-x64/native/checksum.dll", "PE x86-64"),
            ],
            NativeFileMachine.InPackage(consumer.PathOf("packages/Checksum.1.0.0.nupkg")));
    }
}
