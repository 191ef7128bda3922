using CargoBuild.Building;
using CargoBuild.Diagnostics;
using CargoBuild.Migrations;
using CargoBuild.Tests.CargoMessages;
using CargoBuild.Tests.Diagnostics;
using CargoBuild.Tests.Processes;
using CargoBuild.Toolchain;

namespace CargoBuild.Tests.Building;

/// <summary>
/// A crate's build or reuse, driven with plain settings and real recorded cargo output played back in place of cargo
/// (Fixtures/cargo: the crates are written again where they were recorded, with the library cargo reported).
/// </summary>
public sealed class CrateBuildTests : IDisposable
{
    private static readonly string Cargo = Path.Combine(Environment.GetEnvironmentVariable("HOME")!, ".cargo", "bin", "cargo");

    private static readonly string Library = $"{RecordedCargoOutput.Root}/target/debug/libfixture_warnings.so";

    private readonly string state = Directory.CreateTempSubdirectory("cargobuild-state-").FullName;

    private readonly RecordingBuildLog log = new();

    public CrateBuildTests()
    {
        // As Fixtures/cargo/record.sh wrote them.
        Write("warnings/Cargo.toml", "[package]\nname = \"fixture_warnings\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[lib]\ncrate-type = [\"cdylib\", \"rlib\"]\n");
        Write("warnings/src/lib.rs", "pub fn answer() -> i32 {\n    let unused = 1;\n    42\n}\n");
        Write("type-error/Cargo.toml", "[package]\nname = \"fixture_type_error\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[lib]\ncrate-type = [\"cdylib\", \"rlib\"]\n");
        Write("type-error/src/lib.rs", "pub fn broken() -> i32 {\n    let value: i32 = \"not a number\";\n    value\n}\n");
        Write("target/debug/libfixture_warnings.so", "");

        // The dep-info cargo writes beside the library: it names the sources the next build compares.
        Write("target/debug/libfixture_warnings.d",
            $"{RecordedCargoOutput.Root}/target/debug/libfixture_warnings.so: {RecordedCargoOutput.Root}/warnings/src/lib.rs\n");
    }

    public void Dispose() => Directory.Delete(state, recursive: true);

    [Fact]
    public void TheFirstBuildRunsCargoAndTheNextReusesItsLibraryAndWarningsUntilASourceChanges()
    {
        var cargo = new RecordedCargoRunner("warnings");
        var build = Build(cargo);

        var built = build.BuildOrReuse(Settings("warnings"), Checked("warnings"), null, new UpgradeSummary());
        var reused = build.BuildOrReuse(Settings("warnings"), Checked("warnings"), null, new UpgradeSummary());

        Assert.Equal(1, cargo.Builds);
        Assert.Equal([Library], built!.Select(artifact => artifact.Path));
        Assert.Equal(built, reused);
        Assert.Contains(log.Messages, message => message.Text.StartsWith($"cargo skipped for {RecordedCargoOutput.Root}/warnings/Cargo.toml", StringComparison.Ordinal));
        Assert.Equal(2, log.Diagnostics.Count(warning => warning is { Code: "unused_variables", Line: 2, Column: 9 }
            && warning.File == $"{RecordedCargoOutput.Root}/warnings/src/lib.rs"));

        File.SetLastWriteTimeUtc($"{RecordedCargoOutput.Root}/warnings/src/lib.rs", DateTime.UtcNow.AddMinutes(1));
        build.BuildOrReuse(Settings("warnings"), Checked("warnings"), null, new UpgradeSummary());

        Assert.Equal(2, cargo.Builds);
    }

    [Fact]
    public void AFailedBuildIsNotRecordedSoTheNextBuildRunsCargoAgain()
    {
        var cargo = new RecordedCargoRunner("type-error", exitCode: 101);
        var build = Build(cargo);

        Assert.Null(build.BuildOrReuse(Settings("type-error"), Checked("type-error"), null, new UpgradeSummary()));
        Assert.Null(build.BuildOrReuse(Settings("type-error"), Checked("type-error"), null, new UpgradeSummary()));

        Assert.Equal(2, cargo.Builds);
        Assert.Equal(["E0308", "E0308"], log.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(error => error.Code));
    }

    [Fact]
    public void ACompilationUnderTreatWarningsAsErrorsFailsTheReusedBuildToo()
    {
        var cargo = new RecordedCargoRunner("warnings");
        var settings = new CargoCompileSettings(state)
        {
            CargoPath = Cargo, CargoTargetDir = $"{RecordedCargoOutput.Root}/target", HostRuntimeIdentifier = "linux-x64", WarningPolicy = new WarningsAsErrorsPolicy(true, null, null),
        };
        var crate = new CrateDeclaration("warnings", $"{RecordedCargoOutput.Root}/warnings", new Dictionary<string, string>());

        var built = new CargoCompilation(settings, log, cargo, CancellationToken.None).Run([crate], [Checked("warnings")]);
        var reused = new CargoCompilation(settings, log, cargo, CancellationToken.None).Run([crate], [Checked("warnings")]);

        Assert.Equal(1, cargo.Builds);
        var library = Assert.Single(built!);
        Assert.Equal(new ShippedArtifact(library.Artifact, $"{RecordedCargoOutput.Root}/warnings/Cargo.toml", "", "linux-x64", true, false, "libfixture_warnings.so"), library);
        Assert.Equal(built, reused);
        // Reported as the console shows it: the lint under its catalog code (docs/lint-codes.md), its name kept.
        Assert.Equal(2, log.Diagnostics.Count(error => error is { Code: "RL0232", LintName: "unused_variables", Severity: DiagnosticSeverity.Error }));
    }

    [Fact]
    public void ARustcWrapperThatIsNotThereIsReportedAtTheProjectAndCargoDoesNotRun()
    {
        var cargo = new RecordedCargoRunner("warnings");
        var project = $"{RecordedCargoOutput.Root}/App.csproj";
        var settings = new CargoCompileSettings(state)
        {
            CargoPath = Cargo, CargoTargetDir = $"{RecordedCargoOutput.Root}/target", HostRuntimeIdentifier = "linux-x64",
            RustcWrapper = "tools/no-such-wrapper", RustcWrapperProject = project,
        };
        var crate = new CrateDeclaration("warnings", $"{RecordedCargoOutput.Root}/warnings", new Dictionary<string, string>());

        Assert.Empty(new CargoCompilation(settings, log, cargo, CancellationToken.None).Run([crate], [Checked("warnings")])!);

        Assert.Equal(0, cargo.Builds);
        var error = Assert.Single(log.Diagnostics);
        Assert.Equal((DiagnosticCodes.RustcWrapperNotFound.Code, DiagnosticSeverity.Error, project), (error.Code, error.Severity, error.File));
        Assert.Contains($"'{RecordedCargoOutput.Root}/tools/no-such-wrapper'", error.Message, StringComparison.Ordinal);
    }

    private CrateBuild Build(RecordedCargoRunner cargo) =>
        new(Cargo, state, $"{RecordedCargoOutput.Root}/App.csproj", [], new RuleSetLoading([]), log, cargo, CancellationToken.None);

    private static CargoBuildSettings Settings(string crate) =>
        new($"{RecordedCargoOutput.Root}/{crate}/Cargo.toml", CargoProfile.For("Debug", null)) { TargetDirectory = $"{RecordedCargoOutput.Root}/target" };

    // What the gate would have said: the workspace root, so cargo metadata is not asked.
    private static CheckedCrate Checked(string crate) =>
        new($"{RecordedCargoOutput.Root}/{crate}/Cargo.toml", new Dictionary<string, string>
        {
            ["RustVersion"] = "1.91.1", ["RustChannel"] = "stable", ["WorkspaceRoot"] = $"{RecordedCargoOutput.Root}/{crate}",
            ["WorkspaceFiles"] = $"{RecordedCargoOutput.Root}/{crate}/Cargo.toml",
        });

    private static void Write(string relativePath, string content)
    {
        var path = Path.Combine(RecordedCargoOutput.Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
