using CargoBuild.Building;
using CargoBuild.Processes;
using CargoBuild.Tests.Manifests;

namespace CargoBuild.Tests.Building;

public sealed class NativeStaticLibrariesTests : IDisposable
{
    private readonly TemporaryCrates files = new();
    private readonly List<string> details = [];

    public void Dispose() => files.Dispose();

    [Fact]
    public void RustcNamesTheNativeLibrariesOfAStaticLibrary() =>
        Assert.Equal("-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc", NativeStaticLibraries.Parse(RecordedArtifactBuild.NativeStaticLibsProbe()));

    [Fact]
    public void WithoutTheNoteThereAreNoNativeLibraries() =>
        Assert.Null(NativeStaticLibraries.Parse(["error: unknown print request: `native-static-libs`"]));

    [Fact]
    public void TheAnswerIsKeptAndRustcAskedOnce()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Stands in for rustc: prints what the real one printed (Fixtures/native-artifacts) and counts its runs.
        var runs = Path.Combine(files.Root, "runs");
        var rustc = files.Write("bin/rustc", $"#!/bin/sh\necho run >> '{runs}'\ncat '{Fixtures.PathOf("native-artifacts/native-static-libs.stderr.txt")}' >&2\n");
        File.SetUnixFileMode(rustc, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var cache = Path.Combine(files.Root, "obj", "x.native-static-libs");

        var first = Probe(rustc, cache);
        var second = Probe(rustc, cache);

        Assert.Equal(("-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc", "-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc"), (first, second));
        Assert.Single(File.ReadAllLines(runs));
    }

    [Fact]
    public void ARustcThatCannotStartIsNoAnswerAndNothingIsKept()
    {
        var cache = Path.Combine(files.Root, "obj", "x.native-static-libs");

        Assert.Null(Probe(Path.Combine(files.Root, "no-such-rustc"), cache));
        Assert.False(File.Exists(cache));
        Assert.Contains(details, detail => detail.Contains("no-such-rustc", StringComparison.Ordinal));
    }

    private string? Probe(string rustc, string cache) =>
        NativeStaticLibraries.Probe(rustc, null, files.Root, new Dictionary<string, string?>(), new StreamingProcessRunner(), details.Add, CancellationToken.None, cache);
}
