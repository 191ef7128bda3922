using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>
/// The programs of a crate's bin targets (src/main.rs and [[bin]]) reach bin/, publish output and packs, runnable, beside
/// the crate's cdylib; a crate of programs only is no longer told to add a cdylib.
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class ExecutableOutputTests(PackagedCargoBuild package)
{
    private const string CallingProgram = """
        using System.Runtime.InteropServices;
        Console.WriteLine($"rust says {Native.answer()}");
        static class Native
        {
            [DllImport("it_bins")] public static extern int answer();
        }
        """;

    [Fact]
    public void ProgramsOfACrateRunFromBinAndPublishBesideItsLibrary()
    {
        var consumer = WriteBinsCrate(package.CreateConsumer("bins"))
            .WriteProject("App.csproj", """<CargoCrate Include="native/Cargo.toml" />""", outputType: "Exe", properties: "<IsPackable>true</IsPackable>")
            .WriteFile("Program.cs", CallingProgram);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(build.Warnings);
        AssertRuns(consumer.PathOf($"bin/Debug/net10.0/{Program("it_bins")}"), "it_bins main says 42");
        AssertRuns(consumer.PathOf($"bin/Debug/net10.0/{Program("it-bins-tool")}"), "it-bins-tool says hello");
        Assert.True(File.Exists(consumer.PathOf($"bin/Debug/net10.0/{TestEnvironment.NativeLibraryName("it_bins")}")), build.ToString());
        var run = consumer.Run("run", "--project", "App.csproj", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("rust says 42", run.Output);

        var publish = consumer.Run("publish", "-c", "Release", "-o", "published");
        Assert.True(publish.ExitCode == 0, publish.ToString());
        AssertRuns(consumer.PathOf($"published/{Program("it_bins")}"), "it_bins main says 42");
        AssertRuns(consumer.PathOf($"published/{Program("it-bins-tool")}"), "it-bins-tool says hello");
        Assert.True(File.Exists(consumer.PathOf($"published/{TestEnvironment.NativeLibraryName("it_bins")}")), publish.ToString());

        var pack = consumer.Run("pack", "-c", "Release", "-o", "packed", "-p:PackageId=It.Bins", "-p:Version=1.0.0");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        var entries = NuGetPackage.Entries(consumer.PathOf("packed/It.Bins.1.0.0.nupkg"));
        Assert.Contains($"runtimes/{TestEnvironment.RuntimeIdentifier}/native/{Program("it_bins")}", entries);
        Assert.Contains($"runtimes/{TestEnvironment.RuntimeIdentifier}/native/{Program("it-bins-tool")}", entries);
        Assert.Contains($"runtimes/{TestEnvironment.RuntimeIdentifier}/native/{TestEnvironment.NativeLibraryName("it_bins")}", entries);
    }

    [Fact]
    public void ACrateOfProgramsOnlyHasNoCdylibWarningAndItsProgramRuns()
    {
        var consumer = package.CreateConsumer("bin-only")
            .WriteFile("native/Cargo.toml", """
                [package]
                name = "it-bin-only"
                version = "0.1.0"
                edition = "2021"
                """)
            .WriteFile("native/src/main.rs", """
                fn main() {
                    println!("bin only: {}", std::env::args().nth(1).unwrap_or_default());
                }
                """)
            .WriteProject("Tools.csproj", """<CargoCrate Include="native" />""");

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(build.Warnings, warning => warning.Code == "CB1015");
        Assert.Empty(build.Warnings);
        AssertRuns(consumer.PathOf($"bin/Debug/net10.0/{Program("it-bin-only")}"), "bin only: argument", "argument");
    }

    [Fact]
    public void CopyExecutablesFalseKeepsTheProgramsOutAndTheLibraryIn()
    {
        var consumer = WriteBinsCrate(package.CreateConsumer("bins-not-copied"))
            .WriteProject("App.csproj", """<CargoCrate Include="native/Cargo.toml" CopyExecutables="false" />""", outputType: "Exe")
            .WriteFile("Program.cs", CallingProgram);

        var publish = consumer.Run("publish", "-o", "published");

        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.Empty(publish.Warnings);
        Assert.True(File.Exists(consumer.PathOf($"published/{TestEnvironment.NativeLibraryName("it_bins")}")), publish.ToString());
        Assert.False(File.Exists(consumer.PathOf($"bin/Debug/net10.0/{Program("it-bins-tool")}")));
        Assert.False(File.Exists(consumer.PathOf($"published/{Program("it-bins-tool")}")));
        Assert.False(File.Exists(consumer.PathOf($"published/{Program("it_bins")}")));
    }

    [Fact]
    public void AppThatReferencesThePackageGetsItsProgramsRunnable()
    {
        var library = WriteBinsCrate(package.CreateConsumer("bins-package"))
            .WriteProject("Interop.csproj", """<CargoCrate Include="native/Cargo.toml" />""", properties: "<IsPackable>true</IsPackable>");
        var pack = library.Run("pack", "-c", "Release", "-o", "feed", "-p:PackageId=It.BinsPackage", "-p:Version=1.0.0");
        Assert.True(pack.ExitCode == 0, pack.ToString());

        var app = package.CreateConsumer("bins-package-app")
            .WriteFile("nuget.config", $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="bins" value="{library.PathOf("feed")}" />
                  </packageSources>
                </configuration>
                """)
            .WriteProject("App.csproj", "", outputType: "Exe", otherItems: """<PackageReference Include="It.BinsPackage" Version="1.0.0" />""",
                properties: $"<RuntimeIdentifier>{TestEnvironment.RuntimeIdentifier}</RuntimeIdentifier><SelfContained>false</SelfContained>")
            .WriteFile("Program.cs", CallingProgram);
        var publish = app.Run("publish", "-o", "published", $"-p:RestorePackagesPath={app.PathOf("packages")}");

        Assert.True(publish.ExitCode == 0, publish.ToString());
        AssertRuns(app.PathOf($"published/{Program("it-bins-tool")}"), "it-bins-tool says hello");
        var run = DotNet.RunProcess(app.PathOf($"published/{Program("App")}"), app.Directory, null);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("rust says 42", run.Output);
    }

    /// <summary>A cdylib with the implicit bin (src/main.rs) and a [[bin]] of its own.</summary>
    private static ConsumerWorkspace WriteBinsCrate(ConsumerWorkspace consumer) =>
        consumer.WriteCAbiCrate("native", "it_bins")
            .WriteFile("native/Cargo.toml", """
                [package]
                name = "it_bins"
                version = "0.1.0"
                edition = "2021"

                [lib]
                crate-type = ["cdylib"]

                [[bin]]
                name = "it_bins"
                path = "src/main.rs"

                [[bin]]
                name = "it-bins-tool"
                path = "src/tool.rs"
                """)
            .WriteFile("native/src/main.rs", """fn main() { println!("it_bins main says {}", 6 * 7); }""")
            .WriteFile("native/src/tool.rs", """fn main() { println!("it-bins-tool says hello"); }""");

    private static string Program(string name) => OperatingSystem.IsWindows() ? $"{name}.exe" : name;

    private static void AssertRuns(string program, string expectedOutput, params string[] arguments)
    {
        Assert.True(File.Exists(program), $"{program} is missing");
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(program).HasFlag(UnixFileMode.UserExecute), $"{program} is not executable ({File.GetUnixFileMode(program)})");
        }

        var run = DotNet.RunProcess(program, Path.GetDirectoryName(program)!, null, arguments);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(expectedOutput, run.Output);
    }
}
