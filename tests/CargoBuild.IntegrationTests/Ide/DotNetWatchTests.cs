using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Ide;

/// <summary>
/// <c>dotnet watch run</c> watches the crates' sources: an edit of a .rs file rebuilds the crate with cargo and runs the
/// app again, which prints what the rebuilt library returns. It comes from src/lib.rs and from a file it includes: one
/// outside the crate's folder, which only cargo's dep-info names, or one inside, watched before the first build too.
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class DotNetWatchTests(PackagedCargoBuild package)
{
    // Generous: two cores shared by other sessions; the first includes the restore, the SDK's build and cargo's.
    private static readonly TimeSpan FirstRun = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan Rerun = TimeSpan.FromMinutes(4);

    private static readonly Dictionary<string, string> WatchEnvironment = new()
    {
        ["DOTNET_WATCH_SUPPRESS_EMOJIS"] = "1",
        // No compiler server outliving the test: killing dotnet watch's process tree does not reach it.
        ["UseSharedCompilation"] = "false",
    };

    [Fact]
    public void WithHotReloadAnEditOfARustSourceRebuildsTheCrateAndRunsTheAppAgain()
    {
        var consumer = WriteConsumer("watch-hot-reload", "it_watch_hot_reload", "shared/offset.rs", keepsRunning: false);

        using var watch = new WatchedProcess(consumer.Directory, WatchEnvironment, "watch", "run", "--non-interactive");
        var printed = watch.WaitForLine(line => line.Contains("answer from rust: 41"), FirstRun, "the app's first answer");
        var watching = watch.WaitForLine(line => line.Contains("Waiting for a file to change before restarting"), Rerun, "dotnet watch to watch after the app exited", printed);

        // Hot reload evaluates the watch list after the build: cargo's dep-info names this file outside the crate.
        consumer.WriteFile("shared/offset.rs", "const OFFSET: i32 = 100;\n");
        watch.WaitForLine(line => line.Contains("answer from rust: 141"), Rerun, "the answer of the crate rebuilt after the edit of shared/offset.rs", watching);
    }

    [Fact]
    public void WithoutHotReloadAnEditOfARustSourceRestartsTheRunningAppWithTheRebuiltCrate()
    {
        var consumer = WriteConsumer("watch-restart", "it_watch_restart", "native/numbers/offset.rs", keepsRunning: true);

        using var watch = new WatchedProcess(consumer.Directory, WatchEnvironment, "watch", "run", "--non-interactive", "--no-hot-reload");
        var printed = watch.WaitForLine(line => line.Contains("answer from rust: 41"), FirstRun, "the app's first answer");
        watch.WaitForLine(line => line.Contains("Waiting for changes"), Rerun, "dotnet watch to watch");

        // Without hot reload dotnet watch lists the files once, before the first build: those in the crate's folder.
        consumer.WriteFile("native/src/lib.rs", LibraryBody("../numbers/offset.rs", 42));
        var changed = watch.WaitForLine(line => line.Contains("File changed") && line.Contains("lib.rs"), Rerun, "dotnet watch to see the edit of native/src/lib.rs", printed);
        printed = watch.WaitForLine(line => line.Contains("answer from rust: 42"), Rerun, "the answer of the crate rebuilt after the edit of native/src/lib.rs", changed);
        watch.WaitForLine(line => line.Contains("Waiting for changes"), Rerun, "dotnet watch to watch again", changed);

        consumer.WriteFile("native/numbers/offset.rs", "const OFFSET: i32 = 100;\n");
        watch.WaitForLine(line => line.Contains("answer from rust: 142"), Rerun, "the answer of the crate rebuilt after the edit of native/numbers/offset.rs", printed);
    }

    /// <param name="offsetFile">The file lib.rs includes, relative to the consumer's folder (the crate is native/).</param>
    private ConsumerWorkspace WriteConsumer(string name, string crateName, string offsetFile, bool keepsRunning) =>
        package.CreateConsumer(name)
            .WriteCAbiCrate("native", crateName, body: LibraryBody(Path.GetRelativePath("native/src", offsetFile).Replace('\\', '/'), 41))
            .WriteFile(offsetFile, "const OFFSET: i32 = 0;\n")
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""", outputType: "Exe")
            .WriteFile("Program.cs", $$"""
                using System.Runtime.InteropServices;

                Console.WriteLine($"answer from rust: {Native.Answer()}");
                {{(keepsRunning ? "Thread.Sleep(Timeout.Infinite);" : "")}}

                static class Native
                {
                    [DllImport("{{crateName}}", EntryPoint = "answer")]
                    public static extern int Answer();
                }
                """);

    private static string LibraryBody(string includedFile, int answer) => $$"""
        include!("{{includedFile}}");

        #[no_mangle]
        pub extern "C" fn answer() -> i32 {
            {{answer}} + OFFSET
        }
        """;
}
