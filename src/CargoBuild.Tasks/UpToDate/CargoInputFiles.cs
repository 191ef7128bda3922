using CargoBuild.Diagnostics;
using CargoBuild.Manifests;

namespace CargoBuild.UpToDate;

/// <summary>
/// The files besides sources that decide what cargo builds: the manifests and lock file of the crate's workspace,
/// every .cargo/config(.toml) that applies (the crate's folder up to the root, then CARGO_HOME), and the
/// rust-toolchain(.toml) files rustup would read. Sources come from cargo's dep-info files.
/// </summary>
public static class CargoInputFiles
{
    public static IReadOnlyList<string> Discover(string manifestPath, string? cargoHome)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal) { manifestPath };
        var workspace = CargoWorkspace.Load(manifestPath, new List<BuildDiagnostic>());
        if (workspace is not null)
        {
            files.Add(workspace.Root.Path);
            files.Add(workspace.LockFilePath);
            foreach (var package in workspace.Packages(new List<BuildDiagnostic>()))
            {
                files.Add(package.Path);
            }
        }

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

        // Only files that exist are inputs; one that appears later changes this list, and so the build.
        return [.. files.Where(File.Exists)];
    }
}
