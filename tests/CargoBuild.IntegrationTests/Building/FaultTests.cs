using System.Diagnostics;
using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>Cancellation, parallel builds and awkward inputs end in clear diagnostics, never a hang or MSB4018.</summary>
[Collection(IntegrationCollection.Name)]
public sealed class FaultTests(PackagedCargoBuild package)
{
    [Fact]
    public void CancelledBuildStopsCargoAndItsChildrenAndTheNextBuildSucceeds()
    {
        var consumer = package.CreateConsumer("cancel")
            .WriteCAbiCrate("native", "it_cancel", manifestExtra: "build = \"build.rs\"")
            .WriteFile("native/build.rs", """
                fn main() {
                    let marker = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("build-script.pid");
                    if std::env::var("CARGOBUILD_TEST_SLOW").is_ok() {
                        std::fs::write(&marker, std::process::id().to_string()).unwrap();
                        std::thread::sleep(std::time::Duration::from_secs(120));
                    }
                    println!("cargo:rerun-if-env-changed=CARGOBUILD_TEST_SLOW");
                }
                """)
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");
        var marker = consumer.PathOf("native/build-script.pid");
        var restore = consumer.Run("restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());

        // A process started in the background by a non-interactive shell (a CI runner, nohup) inherits SIGINT ignored,
        // and so would this build: it is started with SIGINT's default action, as a terminal's build has it.
        var start = new ProcessStartInfo("python3", ["-c", "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])",
            "dotnet", "build", "--no-restore", "-tl:off", "-nodeReuse:false", "--disable-build-servers"])
        {
            WorkingDirectory = consumer.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["CARGOBUILD_TEST_SLOW"] = "1";
        start.Environment["CARGO_TARGET_DIR"] = TestEnvironment.SharedCargoTargetDirectory;
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        using var build = Process.Start(start)!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        build.OutputDataReceived += (_, line) => output.Enqueue(line.Data ?? "");
        build.BeginOutputReadLine();
        build.BeginErrorReadLine();
        var waited = Stopwatch.StartNew();
        while (!File.Exists(marker) && waited.Elapsed < TimeSpan.FromMinutes(3))
        {
            Thread.Sleep(100);
        }

        Assert.True(File.Exists(marker), "the build script never started");
        var buildScript = int.Parse(File.ReadAllText(marker));

        // What Ctrl+C does: SIGINT to the build; MSBuild cancels the running task.
        Process.Start("kill", ["-INT", build.Id.ToString()])!.WaitForExit();
        Assert.True(build.WaitForExit(TimeSpan.FromSeconds(60)), "dotnet build did not end after the cancel");
        Assert.NotEqual(0, build.ExitCode);

        // It would sleep for two minutes more: still running after the build ended means the cancel left it behind.
        // The wait only lets the kernel finish a kill that was sent.
        var ended = Stopwatch.StartNew();
        while (IsRunning(buildScript) && ended.Elapsed < TimeSpan.FromSeconds(10))
        {
            Thread.Sleep(100);
        }

        Assert.False(IsRunning(buildScript), "the build script was left running after the cancelled build ended");

        // Once, as cancelled: not also as "a bug in CargoBuild" when MSBuild will not give the node back.
        var errors = output.Where(line => line.Contains(": error ", StringComparison.Ordinal)).Distinct().ToList();
        Assert.DoesNotContain(errors, line => line.Contains("CB1099", StringComparison.Ordinal));
        Assert.Single(errors, line => line.Contains("error CB1017", StringComparison.Ordinal));

        var next = consumer.Build();
        Assert.True(next.ExitCode == 0, next.ToString());
    }

    [Fact]
    public void ParallelBuildOfFourProjectsThatShareACrateGivesEachItsLibrary()
    {
        var consumer = package.CreateConsumer("parallel").WriteCAbiCrate("shared/native", "it_parallel");
        var projects = Enumerable.Range(1, 4).Select(index => $"p{index}/P{index}.csproj").ToList();
        foreach (var project in projects)
        {
            consumer.WriteProject(project, """<CargoCrate Include="../shared/native/Cargo.toml" />""");
        }

        var solution = DotNet.Run(consumer.Directory, null, "new", "sln", "-n", "All", "--format", "sln");
        Assert.True(solution.ExitCode == 0, solution.ToString());
        var added = DotNet.Run(consumer.Directory, null, ["sln", "All.sln", "add", .. projects]);
        Assert.True(added.ExitCode == 0, added.ToString());

        var build = consumer.Build("All.sln", "-m:4");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("MSB4018", build.Output);
        foreach (var index in Enumerable.Range(1, 4))
        {
            Assert.True(File.Exists(consumer.PathOf($"p{index}/bin/Debug/net10.0/{TestEnvironment.NativeLibraryName("it_parallel")}")), $"p{index} has no library");
        }
    }

    [Fact]
    public void PathsWithSpacesAndNonAsciiCharactersWork()
    {
        var consumer = package.CreateConsumer("chemin accentué ünïcødé")
            .WriteCAbiCrate("crate with space/native", "it_non_ascii", """
                #[no_mangle]
                pub extern "C" fn answer() -> i32 {
                    let wrong: i32 = "é";
                    wrong
                }
                """)
            .WriteProject("Projet é.csproj", """<CargoCrate Include="crate with space/native/Cargo.toml" />""");

        var build = consumer.Build();

        var error = Assert.Single(build.Errors);
        Assert.Equal(("E0308", consumer.PathOf("crate with space/native/src/lib.rs"), 3, 22), (error.Code, error.File, error.Line, error.Column));
    }

    [Fact]
    public void LockFileThatMustChangeUnderCargoLockedIsALocatedError()
    {
        var consumer = package.CreateConsumer("locked")
            .WriteCAbiCrate("native", "it_locked")
            .WriteFile("native/Cargo.lock", "# This file is automatically @generated by Cargo.\nversion = 3\n\n[[package]]\nname = \"it_locked_old_name\"\nversion = \"0.1.0\"\n")
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");

        var build = consumer.Build("-p:ContinuousIntegrationBuild=true");

        var error = Assert.Single(build.Errors);
        Assert.Equal(("CB1004", consumer.PathOf("native/Cargo.lock")), (error.Code, error.File));
        Assert.Contains("--locked", error.Message);
    }

    [Fact]
    public void UnwritableTargetFolderIsAnErrorNotACrash()
    {
        // A file where the target folder should be: cargo cannot write there, even as root (CI runs as root).
        var consumer = package.CreateConsumer("unwritable-target")
            .WriteCAbiCrate("native", "it_unwritable_target")
            .WriteFile("not-a-folder", "");
        consumer.WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""",
            properties: $"<CargoTargetDir>{consumer.PathOf("not-a-folder")}</CargoTargetDir>");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.DoesNotContain("MSB4018", build.Output);
        var error = Assert.Single(build.Errors);
        Assert.StartsWith("CB", error.Code);
        Assert.Contains("not-a-folder", error.Message);
    }

    // A process that has exited but is not yet reaped (a zombie, state Z) no longer runs.
    private static bool IsRunning(int processId)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{processId}/stat");
        }
        catch (IOException)
        {
            return false;
        }

        return stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0] is not ("Z" or "X");
    }
}
