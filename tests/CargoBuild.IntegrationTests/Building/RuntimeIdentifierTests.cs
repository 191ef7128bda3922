using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>
/// The RuntimeIdentifier of the build that ships the libraries decides their Rust target, also when the crate lives
/// in a class library the app references; a library built for one RID never ships under another. Cross targets
/// build with Debian's rustc 1.63 and its multiarch standard libraries (build/test.sh installs them).
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class RuntimeIdentifierTests(PackagedCargoBuild package)
{
    private const string CallingProgram = """
        using System.Runtime.InteropServices;
        Console.WriteLine($"rust says {Native.answer()}");
        static class Native
        {
            [DllImport("it_rid_reference")] public static extern int answer();
        }
        """;

    // An app the way users write it: no CargoBuild of its own, only the class library that holds the crate.
    private const string AppProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
          </PropertyGroup>
          <ItemGroup>
            <ProjectReference Include="../lib/Lib.csproj" />
          </ItemGroup>
        </Project>
        """;

    [Fact]
    public void PublishingTheAppForAnotherRuntimeShipsTheReferencedLibrarysCrateBuiltForIt()
    {
        var consumer = AppReferencingCrateLibrary("rid-reference", "net10.0", "it_rid_reference");
        var library = TestEnvironment.NativeLibraryName("it_rid_reference");

        var run = consumer.Run("run", "--project", "app/App.csproj");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("rust says 42", run.Output);
        Assert.Equal(NativeFileMachine.Host, NativeFileMachine.Of(consumer.PathOf($"app/bin/Debug/net10.0/{library}")));

        var publish = consumer.Run("publish", "app/App.csproj", "-r", "linux-arm64", "--self-contained", "-o", "published");
        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.Equal("ELF aarch64", NativeFileMachine.Of(consumer.PathOf("published/App")));
        Assert.Equal("ELF aarch64", NativeFileMachine.Of(consumer.PathOf($"published/{library}")));

        // The host build afterwards still gets the host's library: each RID keeps its own output.
        var again = consumer.Run("run", "--project", "app/App.csproj");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("rust says 42", again.Output);
    }

    [Fact]
    public void MultiTargetedLibraryBuildsItsCrateForTheAppsRuntime()
    {
        var consumer = AppReferencingCrateLibrary("rid-reference-multi", "net8.0;net10.0", "it_rid_reference_multi");
        var library = TestEnvironment.NativeLibraryName("it_rid_reference_multi");

        var build = consumer.Build("app/App.csproj", "-r", "linux-arm64");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal("ELF aarch64", NativeFileMachine.Of(consumer.PathOf($"app/bin/Debug/net10.0/linux-arm64/{library}")));
        Assert.Equal("ELF aarch64", NativeFileMachine.Of(consumer.PathOf($"lib/bin/Debug/net10.0/linux-arm64/{library}")));
    }

    [Fact]
    public void TargetTripleForAnotherRuntimeFailsNamingTheTargetInsteadOfShippingIt()
    {
        var consumer = package.CreateConsumer("rid-mismatch")
            .WriteCAbiCrate("native", "it_rid_mismatch")
            .WriteFile("native/rust-toolchain.toml", $"[toolchain]\nchannel = \"{TestEnvironment.OldToolchain}\"\n")
            .WriteFile(".cargo/config.toml", "[target.aarch64-unknown-linux-gnu]\nlinker = \"aarch64-linux-gnu-gcc\"\n")
            .WriteProject("Lib.csproj", """<CargoCrate Include="native" TargetTriple="aarch64-unknown-linux-gnu" />""");
        var library = TestEnvironment.NativeLibraryName("it_rid_mismatch");

        var build = consumer.Build();

        Assert.True(build.ExitCode != 0, build.ToString());
        var error = Assert.Single(build.Errors);
        Assert.Equal("CB1022", error.Code);
        Assert.Equal(consumer.PathOf("Lib.csproj"), error.File);
        Assert.Contains("aarch64-unknown-linux-gnu (RuntimeIdentifier linux-arm64)", error.Message);
        Assert.Contains($"the host ({TestEnvironment.RuntimeIdentifier})", error.Message);
        Assert.False(File.Exists(consumer.PathOf($"bin/Debug/net10.0/{library}")), build.ToString());

        // Built for the RID the triple stands for, the same crate is fine.
        var forItsRuntime = consumer.Build("-r", "linux-arm64");
        Assert.True(forItsRuntime.ExitCode == 0, forItsRuntime.ToString());
        Assert.Equal("ELF aarch64", NativeFileMachine.Of(consumer.PathOf($"bin/Debug/net10.0/linux-arm64/{library}")));
    }

    [Fact]
    public void UnknownWindowsAbiFailsNamingTheOnesRustHas()
    {
        var consumer = package.CreateConsumer("rid-windows-abi")
            .WriteCAbiCrate("native", "it_rid_windows_abi")
            .WriteProject("Lib.csproj", """<CargoCrate Include="native" />""", properties: "<CargoWindowsAbi>mingw</CargoWindowsAbi>");

        var build = consumer.Build();

        Assert.True(build.ExitCode != 0, build.ToString());
        var error = Assert.Single(build.Errors);
        Assert.Equal("CB1023", error.Code);
        Assert.Equal(consumer.PathOf("Lib.csproj"), error.File);
        Assert.Contains("WindowsAbi 'mingw'", error.Message);
        Assert.Contains("msvc, gnu, gnullvm", error.Message);
    }

    private ConsumerWorkspace AppReferencingCrateLibrary(string name, string libraryFrameworks, string crateName) =>
        package.CreateConsumer(name)
            .WriteCAbiCrate("lib/native", crateName)
            .WriteFile("lib/native/rust-toolchain.toml", $"[toolchain]\nchannel = \"{TestEnvironment.OldToolchain}\"\n")
            .WriteFile(".cargo/config.toml", "[target.aarch64-unknown-linux-gnu]\nlinker = \"aarch64-linux-gnu-gcc\"\n")
            .WriteProject("lib/Lib.csproj", """<CargoCrate Include="native" />""", targetFrameworks: libraryFrameworks)
            .WriteFile("app/App.csproj", AppProject)
            .WriteFile("app/Program.cs", CallingProgram.Replace("it_rid_reference", crateName));
}
