using CargoBuild.Building;
using CargoBuild.Diagnostics;
using CargoBuild.Toolchain;
using CargoBuild.UpToDate;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Fuzzing;

/// <summary>
/// Damaged records in obj/ (a build's state, a passed toolchain check, the pyo3 of the last green build) read as
/// "no record" or as what they say, never an exception: the next build then runs cargo or the check again.
/// </summary>
public sealed class RecordFuzzTests : IDisposable
{
    private static readonly BuildStamp Stamp = new("stamp", []);

    private readonly string folder = Directory.CreateTempSubdirectory("cargobuild-records-").FullName;

    [Fact]
    public void BuildStates()
    {
        var check = new CargoUpToDateCheck(Path.Combine(folder, "crate.state"));
        var library = Path.Combine(folder, "libx.so");
        File.WriteAllText(library, "");
        check.Record(Stamp, DateTime.UtcNow, [library], [new NativeArtifact(library, "path+file:///x#0.1.0", "x")],
            [new BuildDiagnostic(DiagnosticSeverity.Warning, "unused_variables", "unused variable: `a`\tand\nmore") { File = "/x/src/lib.rs", Line = 3, Column = 9 }],
            []);
        var seed = File.ReadAllText(check.StateFile);
        FuzzCheck.Handles(FuzzInput.MutationsOf([seed]), text =>
        {
            var damaged = new CargoUpToDateCheck(Unique(".state"));
            File.WriteAllText(damaged.StateFile, text, FuzzInput.Utf8);
            damaged.UpToDateBuild(Stamp, [], out _);
        }, iterations: 2000);
    }

    [Fact]
    public void ToolchainChecks()
    {
        var path = Path.Combine(folder, "crate.toolchain");
        var manifest = Path.Combine(folder, "Cargo.toml");
        File.WriteAllText(manifest, "[package]\nname = \"x\"\n");
        new ToolchainCheckRecord([new("ResolvedPyO3", "0.28.2"), new("RustcVersion", "1.95.0")], "rustc 1.95.0 (stable) meets 1.83").Write(path, "key", [manifest]);
        var seed = File.ReadAllText(path);
        FuzzCheck.Handles(FuzzInput.MutationsOf([seed]), text =>
        {
            var damaged = Unique(".toolchain");
            File.WriteAllText(damaged, text, FuzzInput.Utf8);
            ToolchainCheckRecord.ReadCurrent(damaged, "key");
        }, iterations: 2000);
    }

    [Fact]
    public void LastGreenPyO3()
    {
        var evidence = new PyO3UpgradeEvidence(Path.Combine(folder, "crate.pyo3"));
        evidence.RecordSuccess(CargoVersion.Parse("0.22.6"));
        var seed = File.ReadAllText(Path.Combine(folder, "crate.pyo3"));
        FuzzCheck.Handles(FuzzInput.MutationsOf([seed]), text =>
        {
            var damaged = Unique(".pyo3");
            File.WriteAllText(damaged, text, FuzzInput.Utf8);
            new PyO3UpgradeEvidence(damaged).LastSuccessful();
        }, iterations: 2000);
    }

    // CsCheck runs inputs on several threads: each gets a file of its own.
    private string Unique(string extension) => Path.Combine(folder, Guid.NewGuid().ToString("N") + extension);

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
