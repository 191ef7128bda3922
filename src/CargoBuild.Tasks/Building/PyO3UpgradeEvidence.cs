using CargoBuild.Diagnostics;
using CargoBuild.Manifests;
using CargoBuild.Processes;
using CargoBuild.UpToDate;
using CargoBuild.Versions;

namespace CargoBuild.Building;

/// <summary>
/// What tells CargoBuild the pyo3 version a crate's code was written for, strongest first: the PyO3UpgradedFrom
/// setting; the version the crate's last successful build resolved (kept in obj/); the version in the Cargo.lock
/// committed at git HEAD, when the working tree's lock resolves another. Without any, no upgrade is known.
/// </summary>
internal sealed class PyO3UpgradeEvidence(string recordPath)
{
    private const string Header = "cargobuild-pyo3-last-success\t1";

    public CargoVersion? LastSuccessful() =>
        RecordFile.Read(recordPath, Header) is [var row] && CargoVersion.TryParse(row, out var version) ? version : null;

    /// <summary>Kept after every successful build; written only when the version changed.</summary>
    public void RecordSuccess(CargoVersion? resolved)
    {
        if (resolved is not null && LastSuccessful() != resolved)
        {
            RecordFile.Write(recordPath, Header, [[resolved.ToString()]]);
        }
    }

    public CargoVersion? UpgradedFrom(CargoVersion? configured, CargoVersion? resolved, Func<CargoVersion?> committed) =>
        configured ?? LastSuccessful() ?? (committed() is { } atHead && atHead != resolved ? atHead : null);

    /// <summary>pyo3's version in the Cargo.lock of git HEAD (null outside a repository, without git, or without pyo3 there).</summary>
    public static CargoVersion? Committed(string workspaceRoot, IProcessRunner runner, CancellationToken cancellationToken)
    {
        var lockText = new System.Text.StringBuilder();
        var result = runner.Run("git", ["show", "HEAD:./Cargo.lock"], workspaceRoot, new Dictionary<string, string?>(),
            line => { if (!line.IsStandardError) { lockText.AppendLine(line.Text); } }, cancellationToken);
        if (result.StartFailure is not null || result.ExitCode != 0 || result.WasCancelled)
        {
            return null;
        }

        var lockFile = CargoLockFile.Parse(lockText.ToString(), Path.Combine(workspaceRoot, "Cargo.lock"), new List<BuildDiagnostic>());
        return lockFile?.Packages.Where(package => package.Name == "pyo3").Select(package => package.Version).Max();
    }
}
