using CargoBuild.Building;
using CargoBuild.Diagnostics;
using CargoBuild.Tests.Manifests;
using CargoBuild.UpToDate;

namespace CargoBuild.Tests.UpToDate;

public sealed class CargoUpToDateCheckTests : IDisposable
{
    // A lint as rustc reports it, with the tab, line breaks and backslash a message may hold.
    private static readonly BuildDiagnostic Warning = new(DiagnosticSeverity.Warning, "unused_variables", "unused variable: `x`\n\t= note: C:\\not\\a\\path")
    {
        File = "/w/my crate/src/lib.rs", Line = 3, Column = 9, EndLine = 3, EndColumn = 10, HelpLink = "https://doc.rust-lang.org/rustc/lints/listing/warn-by-default.html#unused-variables",
    };

    private readonly TemporaryCrates files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void RecordedBuildIsUpToDateUntilSomethingChanges()
    {
        var (check, inputs, artifact) = RecordedBuild();

        Assert.Equal([artifact], check.UpToDateBuild("stamp", inputs, out _)!.Artifacts);

        Assert.Null(check.UpToDateBuild("other stamp", inputs, out var settingsChanged));
        Assert.Contains("settings", settingsChanged);

        var added = files.Write("c/.cargo/config.toml", "");
        Assert.Null(check.UpToDateBuild("stamp", [.. inputs, added], out var newInput));
        Assert.Contains("config.toml is new", newInput);

        File.SetLastWriteTimeUtc(Path.Combine(files.Root, "c/src/more.rs"), DateTime.UtcNow.AddMinutes(1));
        Assert.Null(check.UpToDateBuild("stamp", inputs, out var sourceChanged));
        Assert.Contains("more.rs changed", sourceChanged);
    }

    [Fact]
    public void WarningsOfTheRecordedBuildComeBackUnchanged()
    {
        var (check, inputs, _) = RecordedBuild();

        Assert.Equal([Warning], check.UpToDateBuild("stamp", inputs, out _)!.Warnings);
    }

    [Fact]
    public void MissingArtifactOrForgottenStateRebuilds()
    {
        var (check, inputs, artifact) = RecordedBuild();

        File.Delete(artifact.Path);
        Assert.Null(check.UpToDateBuild("stamp", inputs, out var missing));
        Assert.Contains("is missing", missing);

        check.Forget();
        Assert.Null(check.UpToDateBuild("stamp", inputs, out var forgotten));
        Assert.Equal("no earlier build is recorded", forgotten);
    }

    [Fact]
    public void SourceWrittenWhileCargoRanIsRebuiltNextTime()
    {
        var started = DateTime.UtcNow.AddMinutes(-20);
        var (check, inputs, _) = RecordedBuild(started);

        Assert.Null(check.UpToDateBuild("stamp", inputs, out var reason));
        Assert.Contains("changed", reason);
    }

    [Fact]
    public void DamagedStateFileOnlyCostsARebuild()
    {
        var state = files.Write("obj/c.state", "{ not a state file");

        Assert.Null(new CargoUpToDateCheck(state).UpToDateBuild("stamp", [], out _));
    }

    private (CargoUpToDateCheck Check, IReadOnlyList<string> Inputs, NativeArtifact Artifact) RecordedBuild(DateTime? started = null)
    {
        var manifest = files.Write("c/Cargo.toml", "[package]\nname = \"c\"\nversion = \"0.1.0\"\n");
        var source = files.Write("c/src/more.rs", "");
        var library = files.Write("target/debug/libc.so", "");
        files.Write("target/debug/libc.d", $"{library}: {files.Root}/c/src/lib.rs {source}\n");
        files.Write("c/src/lib.rs", "mod more;");
        var old = DateTime.UtcNow.AddMinutes(-10);
        foreach (var file in new[] { manifest, source, Path.Combine(files.Root, "c/src/lib.rs") })
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        var check = new CargoUpToDateCheck(Path.Combine(files.Root, "obj", "c.state"));
        var artifact = new NativeArtifact(library, "path+file:///c#c@0.1.0", "c");
        check.Record("stamp", started ?? DateTime.UtcNow.AddMinutes(-5), [manifest], [artifact], [Warning]);
        return (check, [manifest], artifact);
    }
}
