using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>
/// A machine with RUST_BACKTRACE set: a panicking build script (CB1003) and a rustup error (CB2007) say what failed
/// and where in one short message; the backtrace is in the log at detailed verbosity only.
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class RustBacktraceTests(PackagedCargoBuild package)
{
    private static readonly Dictionary<string, string> WithBacktraces = new() { ["RUST_BACKTRACE"] = "1", ["RUSTUP_AUTO_INSTALL"] = "0" };

    [Fact]
    public void PanickingBuildScriptIsItsPanicMessageAndLocationWithTheBacktraceOnlyInTheDetailedLog()
    {
        var consumer = package.CreateConsumer("panicking-build-script")
            .WriteCAbiCrate("native", "it_panicking_build_script", manifestExtra: "build = \"build.rs\"")
            .WriteFile("native/build.rs", "fn main() {\n    panic!(\"libexample was not found\");\n}\n")
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");

        var build = consumer.Run("build", WithBacktraces, "-v:n");
        var detailed = consumer.Run("build", WithBacktraces, "-v:detailed");

        Assert.True(build.ExitCode != 0, build.ToString());
        var error = Assert.Single(build.Errors, logged => logged.Code == "CB1003");
        Assert.Contains("panicked at build.rs:2:5:; libexample was not found", error.Message);
        Assert.DoesNotContain("stack backtrace", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("RUST_BACKTRACE", error.Message);
        Assert.DoesNotContain("build_script_build::main", error.Message);
        Assert.DoesNotContain("stack backtrace:", build.Output);
        Assert.Contains("stack backtrace:", detailed.Output);
        Assert.Contains("build_script_build::main", detailed.Output);
    }

    [Fact]
    public void UninstalledToolchainIsRustupsErrorWithTheBacktraceOnlyInTheDetailedLog()
    {
        var consumer = package.CreateConsumer("uninstalled-toolchain")
            .WriteCAbiCrate("native", "it_uninstalled_toolchain")
            .WriteFile("native/rust-toolchain.toml", "[toolchain]\nchannel = \"cargobuild-not-installed\"\n")
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");

        var build = consumer.Run("build", WithBacktraces, "-v:n");
        var detailed = consumer.Run("build", WithBacktraces, "-v:detailed");

        Assert.True(build.ExitCode != 0, build.ToString());
        var error = Assert.Single(build.Errors, logged => logged.Code == "CB2007");
        Assert.Contains("'cargobuild-not-installed'", error.Message);
        Assert.DoesNotContain("stack backtrace", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("anyhow::", error.Message);
        Assert.DoesNotContain("Stack backtrace:", build.Output);
        Assert.Contains("Stack backtrace:", detailed.Output);
    }
}
