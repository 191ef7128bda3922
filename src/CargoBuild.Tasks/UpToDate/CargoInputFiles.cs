using CargoBuild.Diagnostics;
using CargoBuild.Manifests;

namespace CargoBuild.UpToDate;

/// <summary>
/// The files besides sources that decide what cargo builds: the manifests and lock file of the crate's workspace,
/// every .cargo/config(.toml) that applies (the crate's folder up to the root, then CARGO_HOME), and the
/// rust-toolchain(.toml) files rustup would read. Sources come from cargo's dep-info files.
/// </summary>
internal static class CargoInputFiles
{
    /// <summary>The workspace's manifests and lock file, as the toolchain gate found them.</summary>
    public static IReadOnlyList<string> WorkspaceFiles(CargoWorkspace workspace, IEnumerable<CargoManifest> packages) =>
        [workspace.Crate.Path, workspace.Root.Path, workspace.LockFilePath, .. packages.Select(package => package.Path)];

    /// <summary>The workspace's manifests and lock file, read from the manifests (when the gate did not run).</summary>
    public static IReadOnlyList<string> WorkspaceFiles(string manifestPath)
    {
        var workspace = CargoWorkspace.Load(manifestPath, new List<BuildDiagnostic>());
        return workspace is null ? [manifestPath] : WorkspaceFiles(workspace, workspace.Packages(new List<BuildDiagnostic>()));
    }

    public static List<string> Discover(string manifestPath, IEnumerable<string> workspaceFiles, string? cargoHome)
    {
        var files = new SortedSet<string>(workspaceFiles, StringComparer.Ordinal) { manifestPath };
        for (var directory = Path.GetDirectoryName(manifestPath); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            files.Add(Path.Combine(directory, ".cargo", "config"));
            files.Add(Path.Combine(directory, ".cargo", "config.toml"));
            files.Add(Path.Combine(directory, "rust-toolchain"));
            files.Add(Path.Combine(directory, "rust-toolchain.toml"));
        }

        if (!string.IsNullOrEmpty(cargoHome))
        {
            files.Add(Path.Combine(cargoHome!, "config"));
            files.Add(Path.Combine(cargoHome!, "config.toml"));
        }

        // Only files that exist are inputs; one that appears later changes this list, and so the build. A loop, not
        // LINQ: every no-op build runs this.
        var existing = new List<string>(files.Count);
        foreach (var file in files)
        {
            if (File.Exists(file))
            {
                existing.Add(file);
            }
        }

        return existing;
    }
}
