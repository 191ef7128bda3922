using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>
/// One <c>dotnet pack</c> of a library builds its crate for each of its RuntimeIdentifiers and packs each library
/// under runtimes/&lt;rid&gt;/native/; NuGet then gives every consumer the library of its own RID. The host, linux-arm64
/// and win-x64 through the GNU ABI (MinGW) build on this machine with Debian's rustc 1.63 (build/test.sh installs them).
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class MultiRuntimePackTests(PackagedCargoBuild package)
{
    [Fact]
    public void PackHoldsTheLibraryOfEachRuntimeIdentifierBuiltForItAndConsumersGetTheirOwn()
    {
        // The linkers come the way users give them: cargo's CARGO_TARGET_<TRIPLE>_LINKER, through CargoEnvironmentVariables.
        var consumer = package.CreateConsumer("multi-rid-pack");
        consumer.WriteCAbiCrate("lib/native", "it_multi_rid")
            .WriteFile("lib/native/rust-toolchain.toml", $"[toolchain]\nchannel = \"{TestEnvironment.OldToolchain}\"\n")
            .WriteProject("lib/Lib.csproj", """<CargoCrate Include="native" />""", properties: """
                <RuntimeIdentifiers>linux-x64;linux-arm64;win-x64</RuntimeIdentifiers>
                <CargoWindowsAbi>gnu</CargoWindowsAbi>
                <CargoEnvironmentVariables>CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc;CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc</CargoEnvironmentVariables>
                <PackageId>It.MultiRid</PackageId>
                """)
            .WriteFile("app/App.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <RestoreAdditionalProjectSources>{consumer.PathOf("packed")}</RestoreAdditionalProjectSources>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="It.MultiRid" Version="{package.Version}" />
                  </ItemGroup>
                </Project>
                """)
            .WriteFile("app/Program.cs", """
                using System.Runtime.InteropServices;
                Console.WriteLine($"rust says {Native.answer()}");
                static class Native
                {
                    [DllImport("it_multi_rid")] public static extern int answer();
                }
                """);

        var pack = consumer.Run("pack", "lib/Lib.csproj", "-o", "packed", $"-p:Version={package.Version}");

        Assert.True(pack.ExitCode == 0, pack.ToString());
        var machines = NativeFileMachine.InPackage(consumer.PathOf($"packed/It.MultiRid.{package.Version}.nupkg"));
        Assert.Equal(
            [
                ("runtimes/linux-arm64/native/libit_multi_rid.so", "ELF aarch64"),
                ("runtimes/linux-x64/native/libit_multi_rid.so", "ELF x86-64"),
                ("runtimes/win-x64/native/it_multi_rid.dll", "PE x86-64"),
            ],
            machines);

        var run = consumer.Run("run", "--project", "app/App.csproj");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("rust says 42", run.Output);

        var publish = consumer.Run("publish", "app/App.csproj", "-r", "linux-arm64", "--self-contained", "-o", "published");
        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.Equal("ELF aarch64", NativeFileMachine.Of(consumer.PathOf("published/libit_multi_rid.so")));
    }

    [Fact]
    public void CargoPackRuntimeIdentifiersBuildsTheOtherRuntimesWhenPackingOnly()
    {
        var consumer = package.CreateConsumer("multi-rid-property")
            .WriteCAbiCrate("native", "it_multi_rid_property")
            .WriteFile("native/rust-toolchain.toml", $"[toolchain]\nchannel = \"{TestEnvironment.OldToolchain}\"\n")
            .WriteFile(".cargo/config.toml", "[target.aarch64-unknown-linux-gnu]\nlinker = \"aarch64-linux-gnu-gcc\"\n")
            .WriteProject("Lib.csproj", """<CargoCrate Include="native" />""", properties: """
                <CargoPackRuntimeIdentifiers>linux-arm64;linux-x64</CargoPackRuntimeIdentifiers>
                <PackageId>It.MultiRidProperty</PackageId>
                """);

        var build = consumer.Build("-v:n");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("aarch64", build.Output);
        Assert.Equal(NativeFileMachine.Host, NativeFileMachine.Of(consumer.PathOf($"bin/Debug/net10.0/{TestEnvironment.NativeLibraryName("it_multi_rid_property")}")));

        var pack = consumer.Run("pack", "-o", "packed", "-p:Version=1.0.0");

        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Equal(
            [
                ("runtimes/linux-arm64/native/libit_multi_rid_property.so", "ELF aarch64"),
                ("runtimes/linux-x64/native/libit_multi_rid_property.so", "ELF x86-64"),
            ],
            NativeFileMachine.InPackage(consumer.PathOf("packed/It.MultiRidProperty.1.0.0.nupkg")));
    }
}
