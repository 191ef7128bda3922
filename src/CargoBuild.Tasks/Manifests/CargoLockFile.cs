using CargoBuild.Diagnostics;
using CargoBuild.Versions;

namespace CargoBuild.Manifests;

/// <summary>
/// Cargo.lock in any format cargo has written: v1 (no version key, checksums in [metadata]), v2, v3 and v4
/// (version = 3/4). Only the package graph is read.
/// </summary>
internal sealed class CargoLockFile
{
    private readonly ILookup<string, LockedPackage> byName;

    private CargoLockFile(string path, int? formatVersion, IReadOnlyList<LockedPackage> packages)
    {
        Path = path;
        FormatVersion = formatVersion;
        Packages = packages;
        byName = packages.ToLookup(package => package.Name, StringComparer.Ordinal);
    }

    public string Path { get; }

    /// <summary>The version key (3, 4), or null for the v1/v2 formats that have none.</summary>
    public int? FormatVersion { get; }

    public IReadOnlyList<LockedPackage> Packages { get; }

    /// <summary>Parses the lock; on malformed TOML or entries, returns null and adds located diagnostics.</summary>
    public static CargoLockFile? Parse(string text, string path, ICollection<BuildDiagnostic> diagnostics)
    {
        var document = TomlDocument.Parse(text, path, DiagnosticCodes.MalformedLockFile, diagnostics);
        if (document is null)
        {
            return null;
        }

        var packages = new List<LockedPackage>();
        foreach (var entry in document.TableArray("package"))
        {
            var name = entry.Get("name");
            var version = entry.Get("version");
            if (name?.AsString is not { } packageName || !CargoVersion.TryParse(version?.AsString, out var packageVersion))
            {
                var at = name ?? version ?? entry.Get("source");
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.MalformedLockFile,
                    "Cargo.lock has a [[package]] without a valid name and version; regenerate it with `cargo generate-lockfile`.")
                    { File = path, Line = at?.Line ?? 0, Column = at?.Column ?? 0 });
                return null;
            }

            var dependencies = entry.Get("dependencies")?.Value is IReadOnlyList<object?> list ? list.OfType<string>().ToArray() : [];
            packages.Add(new LockedPackage(packageName, packageVersion!, dependencies));
        }

        var format = document.Get("version")?.Value is long number ? (int?)number : null;
        return new CargoLockFile(path, format, packages);
    }

    /// <summary>
    /// The versions of <paramref name="dependencyName"/> reachable from the package <paramref name="rootPackageName"/>,
    /// following each package's dependency list.
    /// </summary>
    public IReadOnlyList<CargoVersion> ResolvedVersionsInGraphOf(string rootPackageName, string dependencyName)
    {
        var found = new SortedSet<CargoVersion>();
        var visited = new HashSet<LockedPackage>();
        var pending = new Stack<LockedPackage>(byName[rootPackageName]);
        while (pending.TryPop(out var package))
        {
            if (!visited.Add(package))
            {
                continue;
            }

            if (package.Name == dependencyName && package.Name != rootPackageName)
            {
                found.Add(package.Version);
            }

            foreach (var dependency in package.Dependencies)
            {
                foreach (var target in Resolve(dependency))
                {
                    pending.Push(target);
                }
            }
        }

        return [.. found];
    }

    private IEnumerable<LockedPackage> Resolve(string dependency)
    {
        var parts = dependency.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            // An empty entry names no package: nothing to follow (cargo would refuse such a lock; the gate only reads it).
            return [];
        }

        var candidates = byName[parts[0]];
        return parts.Length > 1 && CargoVersion.TryParse(parts[1], out var version)
            ? candidates.Where(candidate => candidate.Version == version)
            : candidates;
    }
}
