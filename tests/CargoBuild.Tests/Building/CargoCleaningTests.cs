using CargoBuild.Building;
using CargoBuild.Diagnostics;
using CargoBuild.Processes;
using CargoBuild.Tests.Diagnostics;
using CargoBuild.Tests.Manifests;

namespace CargoBuild.Tests.Building;

/// <summary>cargo clean driven with plain settings and the real runner: nothing it meets fails the clean.</summary>
public sealed class CargoCleaningTests : IDisposable
{
    private readonly TemporaryCrates crates = new();

    private readonly RecordingBuildLog log = new();

    public void Dispose() => crates.Dispose();

    [Fact]
    public void ACargoPathThatIsNotAProgramIsAWarningNamingTheCrate()
    {
        var notAProgram = crates.Write("bin/cargo", "not a program");
        var manifest = crates.Write("native/Cargo.toml", "[package]\nname = \"native\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");

        Clean(new CargoCleanSettings(CargoPath: notAProgram), "native");

        var warning = Assert.Single(log.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, DiagnosticCodes.CargoCleanFailed.Code, manifest), (warning.Severity, warning.Code, warning.File));
        Assert.Contains($"could not start {notAProgram}", warning.Message);
    }

    [Fact]
    public void ACrateWithoutAReadablePackageIsSkippedRatherThanEmptyingTheWholeProfileFolder()
    {
        crates.Write("broken/Cargo.toml", "[package\n");

        Clean(new CargoCleanSettings(CargoPath: Path.Combine(Environment.GetEnvironmentVariable("HOME")!, ".cargo", "bin", "cargo")), "broken");

        Assert.Empty(log.Diagnostics);
        Assert.Contains(log.Messages, message => message.Text.StartsWith("No package of", StringComparison.Ordinal) && message.Text.EndsWith("skipping cargo clean.", StringComparison.Ordinal));
    }

    private void Clean(CargoCleanSettings settings, string crate) =>
        new CargoCleaning(settings, log, new StreamingProcessRunner(), CancellationToken.None)
            .Clean([new CrateDeclaration(crate, Path.Combine(crates.Root, crate), new Dictionary<string, string>())]);
}
