using CargoBuild.Building;
using CargoBuild.Diagnostics;
using CargoBuild.Tests.Manifests;
using CargoBuild.UpToDate;

namespace CargoBuild.Tests.UpToDate;

public sealed class CargoUpToDateCheckTests : IDisposable
{
    private static readonly BuildStamp Stamp = new("stamp", []);

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

        Assert.Equal([artifact], check.UpToDateBuild(Stamp, inputs, out _)!.Artifacts);

        Assert.Null(check.UpToDateBuild(new BuildStamp("other stamp", []), inputs, out var settingsChanged));
        Assert.Contains("settings", settingsChanged);

        var added = files.Write("c/.cargo/config.toml", "");
        Assert.Null(check.UpToDateBuild(Stamp, [.. inputs, added], out var newInput));
        Assert.Contains("config.toml is new", newInput);

        File.SetLastWriteTimeUtc(Path.Combine(files.Root, "c/src/more.rs"), DateTime.UtcNow.AddMinutes(1));
        Assert.Null(check.UpToDateBuild(Stamp, inputs, out var sourceChanged));
        Assert.Contains("more.rs changed", sourceChanged);
    }

    [Fact]
    public void ARemovedSourceRebuilds()
    {
        var (check, inputs, _) = RecordedBuild();

        File.Delete(Path.Combine(files.Root, "c/src/more.rs"));

        Assert.Null(check.UpToDateBuild(Stamp, inputs, out var reason));
        Assert.Contains("more.rs changed", reason);
    }

    [Fact]
    public void WarningsOfTheRecordedBuildComeBackUnchanged()
    {
        var (check, inputs, _) = RecordedBuild();

        Assert.Equal([Warning], check.UpToDateBuild(Stamp, inputs, out _)!.Warnings);
    }

    [Theory]
    [InlineData("input")]
    [InlineData("artifact")]
    [InlineData("warning")]
    public void AStateThatLostARowRebuilds(string kind)
    {
        var (check, inputs, _) = RecordedBuild();
        var lines = File.ReadAllLines(check.StateFile).ToList();
        lines.RemoveAt(lines.FindIndex(line => line.StartsWith(kind + "\t", StringComparison.Ordinal)));
        File.WriteAllLines(check.StateFile, lines);

        Assert.Null(check.UpToDateBuild(Stamp, inputs, out var reason));
        Assert.Equal("the record of the last build is damaged or of another version", reason);
    }

    [Fact]
    public void AStateWithAChangedValueRebuilds()
    {
        var (check, inputs, _) = RecordedBuild();
        File.WriteAllText(check.StateFile, File.ReadAllText(check.StateFile).Replace("unused variable", "unused valuable", StringComparison.Ordinal));

        Assert.Null(check.UpToDateBuild(Stamp, inputs, out _));
    }

    [Fact]
    public void HowManyWarningsWereLeftOutOfTheRecordComesBack()
    {
        var (check, inputs, artifact) = RecordedBuild();
        check.Record(Stamp, DateTime.UtcNow.AddMinutes(-5), inputs, [artifact], [Warning], null, omittedWarnings: 12345);

        var recorded = check.UpToDateBuild(Stamp, inputs, out _)!;

        Assert.Equal([Warning], recorded.Warnings);
        Assert.Equal(12345, recorded.OmittedWarnings);
    }

    [Fact]
    public void MissingArtifactOrForgottenStateRebuilds()
    {
        var (check, inputs, artifact) = RecordedBuild();

        File.Delete(artifact.Path);
        Assert.Null(check.UpToDateBuild(Stamp, inputs, out var missing));
        Assert.Contains("is missing", missing);

        check.Forget();
        Assert.Null(check.UpToDateBuild(Stamp, inputs, out var forgotten));
        Assert.Equal("no earlier build is recorded", forgotten);
    }

    [Fact]
    public void SourceWrittenWhileCargoRanIsRebuiltNextTime()
    {
        var started = DateTime.UtcNow.AddMinutes(-20);
        var (check, inputs, _) = RecordedBuild(started);

        Assert.Null(check.UpToDateBuild(Stamp, inputs, out var reason));
        Assert.Contains("changed", reason);
    }

    [Fact]
    public void TrackedVariableThatChangesItsValueOrIsSetOrUnsetRebuilds()
    {
        var environment = new Dictionary<string, string> { ["IT_FLAVOUR"] = "a" };
        var (check, inputs, _) = RecordedBuild(environment: environment, trackedVariables: ["IT_FLAVOUR", "IT_UNSET"]);

        Assert.NotNull(check.UpToDateBuild(Stamp, inputs, out _));

        environment["IT_FLAVOUR"] = "b";
        Assert.Null(check.UpToDateBuild(Stamp, inputs, out var changed));
        Assert.Equal("the environment variable IT_FLAVOUR changed", changed);

        environment["IT_FLAVOUR"] = "a";
        environment["IT_UNSET"] = "";
        Assert.Null(check.UpToDateBuild(Stamp, inputs, out var set));
        Assert.Equal("the environment variable IT_UNSET changed", set);

        environment.Remove("IT_UNSET");
        environment.Remove("IT_FLAVOUR");
        Assert.Null(check.UpToDateBuild(Stamp, inputs, out var unset));
        Assert.Equal("the environment variable IT_FLAVOUR changed", unset);
    }

    [Fact]
    public void UntrackedVariableIsNoChange()
    {
        var environment = new Dictionary<string, string> { ["IT_FLAVOUR"] = "a" };
        var (check, inputs, _) = RecordedBuild(environment: environment, trackedVariables: ["IT_FLAVOUR"]);

        environment["IT_SOMETHING_ELSE"] = "b";

        Assert.NotNull(check.UpToDateBuild(Stamp, inputs, out var reason));
        Assert.Equal("nothing changed since the last build", reason);
    }

    [Fact]
    public void RecordedValuesAreHashed()
    {
        var environment = new Dictionary<string, string> { ["IT_TOKEN"] = "secret-token-value" };
        var (check, _, _) = RecordedBuild(environment: environment, trackedVariables: ["IT_TOKEN"]);

        var record = File.ReadAllText(check.StateFile);
        Assert.Contains("IT_TOKEN", record);
        Assert.DoesNotContain("secret-token-value", record);
    }

    [Fact]
    public void DamagedStateFileOnlyCostsARebuild()
    {
        var state = files.Write("obj/c.state", "{ not a state file");

        Assert.Null(new CargoUpToDateCheck(state).UpToDateBuild(Stamp, [], out _));
    }

    [Fact]
    public void ARebuildForTheStampNamesWhatChangedInIt()
    {
        var stamp = CargoBuildStamp.Compute("cargo", ["build"], "1.95.0", new Dictionary<string, string> { ["RUSTFLAGS"] = "-C debuginfo=0" });
        var (check, inputs, _) = RecordedBuild(stamp: stamp);

        Assert.NotNull(check.UpToDateBuild(stamp, inputs, out _));
        Assert.Null(check.UpToDateBuild(CargoBuildStamp.Compute("cargo", ["build"], "1.95.0", new Dictionary<string, string> { ["RUSTFLAGS"] = "-C debuginfo=2" }),
            inputs, out var reason));
        Assert.Equal("the environment variable RUSTFLAGS changed", reason);
    }

    private (CargoUpToDateCheck Check, IReadOnlyList<string> Inputs, NativeArtifact Artifact) RecordedBuild(
        DateTime? started = null, IReadOnlyDictionary<string, string>? environment = null, IReadOnlyList<string>? trackedVariables = null, BuildStamp? stamp = null)
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

        var check = new CargoUpToDateCheck(Path.Combine(files.Root, "obj", "c.state"), name => environment?.GetValueOrDefault(name));
        var artifact = new NativeArtifact(library, "path+file:///c#c@0.1.0", "c");
        check.Record(stamp ?? Stamp, started ?? DateTime.UtcNow.AddMinutes(-5), [manifest], [artifact], [Warning], trackedVariables);
        return (check, [manifest], artifact);
    }
}
