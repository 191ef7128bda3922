using CargoBuild.Diagnostics;
using CargoBuild.Manifests;
using CargoBuild.Migrations;
using CargoBuild.Tests.Manifests;
using CargoBuild.Toolchain;

namespace CargoBuild.Tests.Fuzzing;

/// <summary>Damaged Cargo.toml, Cargo.lock and rule files give located errors (or are read), never an exception.</summary>
public sealed class TomlInputFuzzTests
{
    [Fact]
    public void ManifestsAndTheirWorkspaces()
    {
        using var crates = new TemporaryCrates();
        var lockFile = FuzzSeeds.LockFiles[0];
        FuzzCheck.Handles(FuzzInput.MutationsOf(FuzzSeeds.Manifests), manifest =>
        {
            var folder = Path.Combine(crates.Root, Guid.NewGuid().ToString("N"), "crate");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, "Cargo.toml");
            File.WriteAllText(path, manifest, FuzzInput.Utf8);
            File.WriteAllText(Path.Combine(folder, "Cargo.lock"), lockFile);
            var diagnostics = new List<BuildDiagnostic>();
            CrateToolchainAnalyzer.Analyze(path, diagnostics);
            CargoWorkspace.Load(path, diagnostics)?.DefaultPackageNames(diagnostics);
            AssertLocated(diagnostics);
        }, iterations: 800);
    }

    [Fact]
    public void LockFiles() =>
        FuzzCheck.Handles(FuzzInput.MutationsOf(FuzzSeeds.LockFiles), text =>
        {
            var diagnostics = new List<BuildDiagnostic>();
            if (CargoLockFile.Parse(text, "/crate/Cargo.lock", diagnostics) is { } lockFile)
            {
                foreach (var package in lockFile.Packages)
                {
                    lockFile.ResolvedVersionsInGraphOf(package.Name, "pyo3");
                }
            }

            AssertLocated(diagnostics);
        }, iterations: 3000);

    [Fact]
    public void RuleFiles() =>
        FuzzCheck.Handles(FuzzInput.MutationsOf(FuzzSeeds.RuleFiles), text =>
        {
            var diagnostics = new List<BuildDiagnostic>();
            MigrationRuleFile.Parse(text, "/rules/mine.toml", diagnostics);
            AssertLocated(diagnostics);
        }, iterations: 2000);

    private static void AssertLocated(IEnumerable<BuildDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
        {
            Assert.NotNull(diagnostic.File);
            Assert.NotEqual(DiagnosticCodes.InternalError.Code, diagnostic.Code);
        }
    }
}
