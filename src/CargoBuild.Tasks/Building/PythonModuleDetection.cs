using CargoBuild.CargoMessages;
using CargoBuild.Diagnostics;
using CargoBuild.Manifests;

namespace CargoBuild.Building;

/// <summary>
/// Which shared libraries (cdylibs) of a build are Python extension modules: those whose package depends on pyo3 (or pyo3-ffi) when the
/// build compiled it with the extension-module feature. Features are unified within one build, so the graph of
/// Cargo.lock tells which of the workspace's libraries depend on that pyo3.
/// </summary>
internal static class PythonModuleDetection
{
    public const string ExtensionModuleFeature = "extension-module";

    private static readonly string[] BindingPackages = ["pyo3", "pyo3-ffi"];

    public static IReadOnlyList<NativeArtifact> Mark(IReadOnlyList<NativeArtifact> artifacts, string workspaceRoot)
    {
        var lockPath = Path.Combine(workspaceRoot, "Cargo.lock");
        var lockFile = File.Exists(lockPath) ? CargoLockFile.Parse(File.ReadAllText(lockPath), lockPath, new List<BuildDiagnostic>()) : null;

        // Without a readable lock file (cargo wrote one) every library of the build is taken to be a module.
        return [.. artifacts.Select(artifact => artifact with
        {
            IsPythonModule = artifact.Kind == NativeArtifactKind.SharedLibrary
                && (lockFile is null || BindingPackages.Any(binding => lockFile.ResolvedVersionsInGraphOf(CargoPackageId.Name(artifact.PackageId), binding).Count > 0)),
        })];
    }
}
