using CargoBuild.Diagnostics;
using CargoBuild.Manifests;
using CargoBuild.Versions;

namespace CargoBuild.Building;

/// <summary>
/// The dependency versions a crate builds with, for rules that apply to some versions only: every package of the
/// workspace's Cargo.lock (the highest version where several are locked); the toolchain gate decides whether this
/// crate's own graph has pyo3, so a crate without pyo3 in a workspace that has it gets no PyO3 rule.
/// </summary>
internal static class ResolvedDependencies
{
    public static IReadOnlyDictionary<string, CargoVersion> Read(string workspaceRoot, PyO3FromGate pyo3)
    {
        var versions = new Dictionary<string, CargoVersion>(StringComparer.Ordinal);
        var lockPath = Path.Combine(workspaceRoot, "Cargo.lock");
        if (File.Exists(lockPath) && CargoLockFile.Parse(File.ReadAllText(lockPath), lockPath, new List<BuildDiagnostic>()) is { } lockFile)
        {
            foreach (var package in lockFile.Packages)
            {
                if (!versions.TryGetValue(package.Name, out var known) || package.Version > known)
                {
                    versions[package.Name] = package.Version;
                }
            }
        }

        // Without a Cargo.lock the gate knew only the requirement's lowest version; cargo has locked the real one since.
        if (pyo3.Checked && (pyo3.Version is null || !versions.ContainsKey("pyo3")))
        {
            versions.Remove("pyo3");
            if (pyo3.Version is { } version)
            {
                versions["pyo3"] = version;
            }
        }

        return versions;
    }
}
