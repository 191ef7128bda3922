using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>
/// The package's two copies of the task assemblies: the ReadyToRun-compiled one for the .NET 10 SDK on linux-x64, which
/// such builds load, and the IL one every other SDK and platform loads.
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class TaskAssemblyTests(PackagedCargoBuild package)
{
    private const string ReadyToRunFolder = "tasks/net10.0/linux-x64/";

    [Fact]
    public void ThePackageShipsTheILAssembliesAndAReadyToRunCopyOfEach()
    {
        var entries = NuGetPackage.Entries(package.PackagePath);

        foreach (var assembly in new[] { "CargoBuild.Tasks.dll", "Tomlyn.dll", "CliWrap.dll" })
        {
            Assert.Contains($"tasks/net8.0/{assembly}", entries);
            Assert.Contains(ReadyToRunFolder + assembly, entries);
            Assert.False(IsReadyToRun(NuGetPackage.Read(package.PackagePath, $"tasks/net8.0/{assembly}")), $"tasks/net8.0/{assembly} is precompiled");
            Assert.True(IsReadyToRun(NuGetPackage.Read(package.PackagePath, ReadyToRunFolder + assembly)), $"{ReadyToRunFolder}{assembly} is not ReadyToRun");
        }
    }

    [Fact]
    public void TheNet10SdkOnLinuxX64LoadsTheReadyToRunTasksAndTheILOnesBuildAsWell()
    // This machine's: the tests run with the .NET 10 SDK on linux-x64, like CI.
    {
        var consumer = package.CreateConsumer("task-assembly")
            .WriteCAbiCrate("native", "it_task_assembly")
            .WriteProject("Library.csproj", """<CargoCrate Include="native/Cargo.toml" />""");
        var library = TestEnvironment.NativeLibraryName("it_task_assembly");

        var precompiled = consumer.Build("-v:d");
        Assert.True(precompiled.ExitCode == 0, precompiled.ToString());
        var loaded = Regex.Match(precompiled.Output, "Using \"CargoCompile\" task from assembly \"(?<path>[^\"]+)\"").Groups["path"].Value;
        Assert.EndsWith("/build/../" + ReadyToRunFolder + "CargoBuild.Tasks.dll", loaded);

        File.Delete(consumer.PathOf($"bin/Debug/net10.0/{library}"));
        var il = consumer.Build("-v:d", $"-p:CargoBuildTasksAssembly={loaded.Replace(ReadyToRunFolder, "tasks/net8.0/")}");
        Assert.True(il.ExitCode == 0, il.ToString());
        Assert.Contains("/tasks/net8.0/CargoBuild.Tasks.dll\"", il.Output);
        Assert.True(File.Exists(consumer.PathOf($"bin/Debug/net10.0/{library}")), il.ToString());
    }

    [Fact]
    public void ANoOpBuildJitCompilesNoneOfCargoBuildsCode()
    {
        // The runtime's own list of the methods it JIT-compiled: any of CargoBuild's there is code the ReadyToRun image
        // lacks or the runtime rejected, compiled again in every build.
        var consumer = package.CreateConsumer("task-assembly-jit")
            .WriteCAbiCrate("native", "it_task_assembly_jit")
            .WriteProject("Library.csproj", """<CargoCrate Include="native/Cargo.toml" />""");
        var first = consumer.Build();
        Assert.True(first.ExitCode == 0, first.ToString());
        var jitList = consumer.PathOf("jit-compiled.txt");

        // One node, this process: the list is then the whole build's.
        var noOp = consumer.Run("build", new Dictionary<string, string> { ["DOTNET_JitStdOutFile"] = jitList, ["DOTNET_JitDisasmSummary"] = "1" }, "-m:1", "-v:n");

        Assert.True(noOp.ExitCode == 0, noOp.ToString());
        Assert.Contains("cargo skipped for", noOp.Output);
        var compiled = File.ReadAllLines(jitList);
        Assert.Contains(compiled, line => line.Contains("Microsoft.Build.", StringComparison.Ordinal));
        var ours = compiled.Where(line => line.Contains("CargoBuild", StringComparison.Ordinal)).ToList();
        Assert.True(ours.Count == 0, string.Join(Environment.NewLine, ours));
    }

    private static bool IsReadyToRun(byte[] assembly)
    {
        using var reader = new PEReader(new MemoryStream(assembly));
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }
}
