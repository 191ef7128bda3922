using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Toolchain;

/// <summary>
/// A cdylib for linux-musl-x64: cargo refuses one while crt-static is on ("cannot produce cdylib", which cargo decides
/// by asking rustc, before anything compiles), so cargo gets -C target-feature=-crt-static after the user's own
/// rustflags. This machine has no musl std (rustup is offline, Debian ships none), so the build then stops at E0463:
/// what the test shows is that cargo gets past its crate-type check with the user's flags intact, not a musl library.
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class MuslCdylibTests(PackagedCargoBuild package)
{
    [Fact]
    public void MuslCdylibGetsCrtStaticOffAfterTheUsersConfigRustflags()
    {
        var consumer = package.CreateConsumer("musl-cdylib")
            .WriteCAbiCrate("native", "it_musl_cdylib")
            .WriteFile("native/rust-toolchain.toml", "[toolchain]\nchannel = \"stable\"\n")
            .WriteFile("native/.cargo/config.toml", "[build]\nrustflags = [\"--cfg\", \"from_user_config\"]\n");
        var log = WriteRustflagsLoggingCargo(consumer);

        // The gate would stop the build (CB2013: the musl target is not installed); here cargo must run.
        consumer.WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""",
            properties: $"<CargoPath>{consumer.PathOf("tools/cargo")}</CargoPath><RustToolchainCheckEnabled>false</RustToolchainCheckEnabled>");

        var build = consumer.Build("-r", "linux-musl-x64");

        Assert.DoesNotContain("cannot produce cdylib", build.Output);
        var cargoBuild = Assert.Single(File.ReadAllLines(log), line => line.StartsWith("build ", StringComparison.Ordinal));
        Assert.Contains("--target x86_64-unknown-linux-musl", cargoBuild);
        Assert.EndsWith("|--cfg from_user_config -C target-feature=-crt-static", cargoBuild);

        // Past the crate-type check, rustc looks for musl's std, which this machine lacks.
        Assert.Contains("E0463", build.Output);
    }

    [Fact]
    public void HostBuildGetsNoExtraFlags()
    {
        var consumer = package.CreateConsumer("musl-cdylib-host")
            .WriteCAbiCrate("native", "it_musl_cdylib_host");
        var log = WriteRustflagsLoggingCargo(consumer);
        consumer.WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""", properties: $"<CargoPath>{consumer.PathOf("tools/cargo")}</CargoPath>");

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.EndsWith("|unset", Assert.Single(File.ReadAllLines(log), line => line.StartsWith("build ", StringComparison.Ordinal)));
    }

    /// <summary>A CargoPath that records each command line and the CARGO_ENCODED_RUSTFLAGS it got, then runs the real cargo.</summary>
    private static string WriteRustflagsLoggingCargo(ConsumerWorkspace consumer)
    {
        var log = consumer.PathOf("cargo-rustflags.log");
        var realCargo = Path.Combine(Environment.GetEnvironmentVariable("HOME")!, ".cargo", "bin", "cargo");
        consumer.WriteFile("tools/cargo", $$"""
            #!/bin/sh
            printf '%s|%s\n' "$*" "${CARGO_ENCODED_RUSTFLAGS-unset}" | tr '\037' ' ' >> '{{log}}'
            exec '{{realCargo}}' "$@"
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(consumer.PathOf("tools/cargo"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return log;
    }
}
