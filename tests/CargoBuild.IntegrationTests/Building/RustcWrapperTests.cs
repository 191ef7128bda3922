using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using CargoBuild.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>
/// CargoRustcWrapper hands cargo a rustc wrapper: Debian's sccache with one disk cache serves a second clone's clean
/// build; a change of wrapper runs cargo again; a wrapper that is not there is a located CargoBuild error.
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed partial class RustcWrapperTests(PackagedCargoBuild package, ITestOutputHelper output)
{
    // Registry crates (Debian's packaged sources stand in for crates.io): what sccache can serve to another clone. The
    // crate itself is a cdylib, which sccache never caches (it links), and built incrementally in the dev profile.
    private const string CrateManifestExtra = """
        [dependencies]
        cfg-if = "1"
        either = "1"
        scopeguard = "1"
        """;

    private const string CrateBody = """
        cfg_if::cfg_if! {
            if #[cfg(unix)] { const TWICE: i32 = 2; } else { const TWICE: i32 = 2; }
        }

        #[no_mangle]
        pub extern "C" fn answer() -> i32 {
            let guarded = scopeguard::guard(21, |_| ());
            either::Either::<i32, i32>::Left(*guarded * TWICE).either(|left| left, |right| right)
        }
        """;

    private const string CallingProgram = """
        using System.Runtime.InteropServices;
        Console.WriteLine($"rust says {Native.answer()}");
        static class Native
        {
            [DllImport("it_sccache")] public static extern int answer();
        }
        """;

    private const int RegistryCrates = 3;

    [Fact]
    public void SecondClonesCleanBuildIsServedFromTheSharedSccacheDiskCache()
    {
        var cache = Path.Combine(package.Root, "sccache-cache");
        var sccache = new Dictionary<string, string>
        {
            ["SCCACHE_DIR"] = cache,
            ["SCCACHE_SERVER_PORT"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var first = Clone("sccache-clone-a");
        var second = Clone("sccache-clone-b");

        // The first build starts sccache's server, as a user's does: a server that kept cargo's output open would hang it.
        try
        {
            var firstBuild = first.Run("build", sccache);
            Assert.True(firstBuild.ExitCode == 0, firstBuild.ToString());
            var afterFirst = Statistics(sccache);
            Assert.True(afterFirst.Hits == 0 && afterFirst.Misses >= RegistryCrates,
                $"the first clone's build should fill the empty cache (no hits, a miss per registry crate):\n{afterFirst.Text}\n{firstBuild}");

            var secondBuild = second.Run("build", sccache);
            Assert.True(secondBuild.ExitCode == 0, secondBuild.ToString());
            var afterSecond = Statistics(sccache);
            Assert.True(afterSecond.Hits - afterFirst.Hits >= RegistryCrates && afterSecond.Misses == afterFirst.Misses,
                $"the second clone's clean build should be served from the cache (a hit per registry crate, no new miss):\n" +
                $"after the first clone:\n{afterFirst.Text}\nafter the second:\n{afterSecond.Text}\n{secondBuild}");
            Assert.True(File.Exists(OwnLibrary(first)) && File.Exists(OwnLibrary(second)), "each clone should build into its own target folder");

            output.WriteLine($"sccache --show-stats after the first clone's build: {afterFirst.Hits} hits, {afterFirst.Misses} misses; " +
                $"after the second clone's: {afterSecond.Hits} hits, {afterSecond.Misses} misses");

            var run = second.Run("run", sccache, "--no-build");
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("rust says 42", run.Output);
        }
        finally
        {
            DotNet.RunProcess("sccache", package.Root, sccache, "--stop-server");
        }
    }

    [Fact]
    public void ChangingTheWrapperRunsCargoAgain()
    {
        var consumer = package.CreateConsumer("rustc-wrapper-change").WriteCAbiCrate("native", "it_rustc_wrapper_change");
        var cargo = CargoInvocationLog.Create(consumer);
        consumer.WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""",
            properties: $"<CargoPath>{cargo.WrapperPath}</CargoPath><CargoRustcWrapper>$(ItWrapper)</CargoRustcWrapper>");
        var one = LoggingWrapper(consumer, "one");
        var two = LoggingWrapper(consumer, "two");

        cargo.AssertBuildRunsCargo(consumer, 1, "the first build, without a wrapper", null);
        cargo.AssertBuildRunsCargo(consumer, 0, "no change", null);

        cargo.AssertBuildRunsCargo(consumer, 1, "a wrapper set", null, "-p:ItWrapper=tools/wrapper-one");
        Assert.True(File.Exists(one), "cargo did not run rustc through CargoRustcWrapper (relative to the project)");
        cargo.AssertBuildRunsCargo(consumer, 0, "the same wrapper", null, "-p:ItWrapper=tools/wrapper-one");

        var usesOfOne = File.ReadAllLines(one).Length;
        cargo.AssertBuildRunsCargo(consumer, 1, "another wrapper", null, "-p:ItWrapper=tools/wrapper-two");
        Assert.True(File.Exists(two), "cargo did not run rustc through the second wrapper");
        Assert.Equal(usesOfOne, File.ReadAllLines(one).Length);
        var usesOfTwo = File.ReadAllLines(two).Length;

        cargo.AssertBuildRunsCargo(consumer, 1, "the wrapper removed", null);
        Assert.Equal((usesOfOne, usesOfTwo), (File.ReadAllLines(one).Length, File.ReadAllLines(two).Length));

        // cargo's own variable is part of the stamp as well.
        var inEnvironment = new Dictionary<string, string> { ["RUSTC_WRAPPER"] = consumer.PathOf("tools/wrapper-two") };
        cargo.AssertBuildRunsCargo(consumer, 1, "RUSTC_WRAPPER set in the environment", inEnvironment);
        Assert.True(File.ReadAllLines(two).Length > usesOfTwo, "cargo did not run rustc through RUSTC_WRAPPER");
        cargo.AssertBuildRunsCargo(consumer, 0, "the same RUSTC_WRAPPER", inEnvironment);
    }

    [Fact]
    public void WrapperThatIsNotThereIsALocatedError()
    {
        var consumer = package.CreateConsumer("rustc-wrapper-missing").WriteCAbiCrate("native", "it_rustc_wrapper_missing");
        var cargo = CargoInvocationLog.Create(consumer);
        consumer.WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""",
            properties: $"<CargoPath>{cargo.WrapperPath}</CargoPath><CargoRustcWrapper>it-no-such-wrapper</CargoRustcWrapper>");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Errors);
        Assert.Equal(("CB1032", consumer.PathOf("Consumer.csproj")), (error.Code, error.File));
        Assert.Contains("The rustc wrapper 'it-no-such-wrapper' (CargoRustcWrapper)", error.Message);
        Assert.Contains("looked for 'it-no-such-wrapper' on PATH", error.Message);
        Assert.Empty(cargo.Invocations("build"));

        consumer.WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" RustcWrapper="tools/missing-wrapper" />""",
            properties: $"<CargoPath>{cargo.WrapperPath}</CargoPath><CargoRustcWrapper>sccache</CargoRustcWrapper>");
        var metadata = consumer.Build();

        Assert.NotEqual(0, metadata.ExitCode);
        var metadataError = Assert.Single(metadata.Errors);
        Assert.Equal(("CB1032", consumer.PathOf("Consumer.csproj")), (metadataError.Code, metadataError.File));
        Assert.Contains("(the RustcWrapper metadata of CargoCrate 'native/Cargo.toml')", metadataError.Message);
        Assert.Contains($"looked for '{consumer.PathOf("tools/missing-wrapper")}'", metadataError.Message);
        Assert.Empty(cargo.Invocations("build"));
    }

    [Fact]
    public void WrapperOfCargosOwnSettingsThatIsNotThereIsALocatedErrorBeforeCargoBuilds()
    {
        var consumer = package.CreateConsumer("rustc-wrapper-cargo-settings").WriteCAbiCrate("native", "it_rustc_wrapper_cargo_settings");
        var cargo = CargoInvocationLog.Create(consumer);
        consumer.WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""", properties: $"<CargoPath>{cargo.WrapperPath}</CargoPath>");

        var environment = consumer.Run("build", new Dictionary<string, string> { ["RUSTC_WRAPPER"] = "it-no-such-environment-wrapper" });

        Assert.NotEqual(0, environment.ExitCode);
        var environmentError = Assert.Single(environment.Errors);
        Assert.Equal(("CB1032", consumer.PathOf("Consumer.csproj")), (environmentError.Code, environmentError.File));
        Assert.Contains("The rustc wrapper 'it-no-such-environment-wrapper' (RUSTC_WRAPPER in the build's environment)", environmentError.Message);
        Assert.Empty(cargo.Invocations("build"));

        consumer.WriteFile(".cargo/config.toml", """
            [build]
            rustc-wrapper = "tools/no-such-config-wrapper"
            """);
        var config = consumer.Build();

        Assert.NotEqual(0, config.ExitCode);
        var configError = Assert.Single(config.Errors);
        Assert.Equal(("CB1032", consumer.PathOf(".cargo/config.toml"), 2, 1), (configError.Code, configError.File, configError.Line, configError.Column));
        Assert.Contains($"looked for '{consumer.PathOf("tools/no-such-config-wrapper")}'", configError.Message);
        Assert.Empty(cargo.Invocations("build"));

        // cargo's own setting, found: it builds through it.
        var log = LoggingWrapper(consumer, "config");
        consumer.WriteFile(".cargo/config.toml", """
            [build]
            rustc-wrapper = "tools/wrapper-config"
            """);
        var found = consumer.Build();

        Assert.True(found.ExitCode == 0, found.ToString());
        Assert.Single(cargo.Invocations("build"));
        Assert.True(File.Exists(log), "cargo did not run rustc through build.rustc-wrapper");
    }

    // Each clone builds into a target folder of its own (CargoTargetDir, cargo's --target-dir, beside the clone):
    // nothing is shared but sccache's cache. The harness's CARGO_TARGET_DIR, which --target-dir overrides, is the same
    // for both builds, as it must be: sccache hashes the CARGO_* variables rustc sees, so a per-clone value would miss.
    private ConsumerWorkspace Clone(string name) =>
        package.CreateConsumer(name)
            .WriteCAbiCrate("native", "it_sccache", CrateBody, CrateManifestExtra)
            .WriteProject("App.csproj", """<CargoCrate Include="native/Cargo.toml" />""", outputType: "Exe",
                properties: "<CargoRustcWrapper>sccache</CargoRustcWrapper><CargoTargetDir>$(MSBuildProjectDirectory)-target</CargoTargetDir>")
            .WriteFile("Program.cs", CallingProgram);

    private static string OwnLibrary(ConsumerWorkspace clone) =>
        Path.Combine(clone.Directory + "-target", "debug", TestEnvironment.NativeLibraryName("it_sccache"));

    private static (int Hits, int Misses, string Text) Statistics(IReadOnlyDictionary<string, string> sccache)
    {
        var stats = DotNet.RunProcess("sccache", Path.GetTempPath(), sccache, "--show-stats");
        Assert.True(stats.ExitCode == 0, stats.ToString());
        return (Count(CacheHits(), stats.Output), Count(CacheMisses(), stats.Output), stats.Output);
    }

    private static int Count(Regex line, string text) =>
        line.Match(text) is { Success: true } match ? int.Parse(match.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture) : throw new InvalidOperationException($"no {line} in:\n{text}");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // A wrapper as cargo runs one (the rustc path, then its arguments), which notes each use in wrapper-<name>.log.
    private static string LoggingWrapper(ConsumerWorkspace consumer, string name)
    {
        var log = consumer.PathOf($"wrapper-{name}.log");
        consumer.WriteFile($"tools/wrapper-{name}", $"""
            #!/bin/sh
            echo "$*" >> '{log}'
            exec "$@"
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(consumer.PathOf($"tools/wrapper-{name}"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return log;
    }


    [GeneratedRegex(@"^Cache hits\s+(?<count>\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex CacheHits();

    [GeneratedRegex(@"^Cache misses\s+(?<count>\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex CacheMisses();
}
