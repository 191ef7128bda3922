using System.Text.RegularExpressions;
using CargoBuild.Diagnostics;

namespace CargoBuild.Manifests;

/// <summary>
/// A crate's manifest with its workspace root (itself when it is the root), found as cargo finds it: an explicit
/// package.workspace, else the nearest parent manifest with [workspace] whose members (globs allowed) include it.
/// </summary>
internal sealed class CargoWorkspace
{
    private CargoWorkspace(CargoManifest crate, CargoManifest root)
    {
        Crate = crate;
        Root = root;
    }

    public CargoManifest Crate { get; }

    public CargoManifest Root { get; }

    public string LockFilePath => Path.Combine(Root.Directory, "Cargo.lock");

    public static CargoWorkspace? Load(string manifestPath, ICollection<BuildDiagnostic> diagnostics)
    {
        var crate = CargoManifest.Read(manifestPath, diagnostics);
        if (crate is null)
        {
            return null;
        }

        if (crate.IsWorkspaceRoot)
        {
            return new CargoWorkspace(crate, crate);
        }

        if (crate.ExplicitWorkspacePath is { } explicitPath)
        {
            var explicitRoot = ManifestIn(crate, explicitPath, ["package", "workspace"], diagnostics) is { } rootPath ? CargoManifest.Read(rootPath, diagnostics) : null;
            return explicitRoot is null ? null : new CargoWorkspace(crate, explicitRoot);
        }

        for (var directory = Path.GetDirectoryName(crate.Directory); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            var candidate = Path.Combine(directory, "Cargo.toml");
            if (!File.Exists(candidate))
            {
                continue;
            }

            var root = CargoManifest.Read(candidate, diagnostics);
            if (root is null)
            {
                return null;
            }

            if (root.IsWorkspaceRoot && Includes(root, crate.Directory))
            {
                return new CargoWorkspace(crate, root);
            }
        }

        return new CargoWorkspace(crate, crate);
    }

    /// <summary>The manifests of the packages a build of <see cref="Crate"/> compiles: the package, or a virtual workspace's members.</summary>
    public IReadOnlyList<CargoManifest> Packages(ICollection<BuildDiagnostic> diagnostics)
    {
        if (Crate.HasPackage)
        {
            return [Crate];
        }

        var members = new List<CargoManifest>();
        foreach (var directory in MemberDirectories(Root))
        {
            if (CargoManifest.Read(Path.Combine(directory, "Cargo.toml"), diagnostics) is { HasPackage: true } member)
            {
                members.Add(member);
            }
        }

        return members;
    }

    /// <summary>
    /// The names of the packages <c>cargo build --manifest-path</c> of <see cref="Crate"/> compiles without --package:
    /// a workspace root's default-members when it lists them, else the package itself, else every member of a
    /// virtual workspace.
    /// </summary>
    public IReadOnlyList<string> DefaultPackageNames(ICollection<BuildDiagnostic> diagnostics)
    {
        var defaultMembers = Crate.IsWorkspaceRoot ? Crate.WorkspaceDefaultMembers : [];
        var packages = defaultMembers.Count > 0
            ? defaultMembers.Select(member => ManifestIn(Root, member, ["workspace", "default-members"], diagnostics) is { } path ? CargoManifest.Read(path, diagnostics) : null)
            : Packages(diagnostics);
        return [.. packages.Select(package => package?.PackageName).OfType<string>()];
    }

    /// <summary>
    /// The Cargo.toml in the folder a manifest's key names, relative to the manifest; null with a located error when
    /// the value is no path at all (a NUL in it), which cargo rejects too.
    /// </summary>
    private static string? ManifestIn(CargoManifest manifest, string folder, string[] key, ICollection<BuildDiagnostic> diagnostics)
    {
        try
        {
            return Path.GetFullPath(Path.Combine(manifest.Directory, folder, "Cargo.toml"));
        }
        catch (ArgumentException)
        {
            var entry = manifest.Document.Get(key);
            diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.MalformedManifest,
                $"'{string.Join(".", key)}' is not a path: \"{folder.Replace("\0", "\\0", StringComparison.Ordinal)}\".")
                { File = manifest.Path, Line = entry?.Line ?? 0, Column = entry?.Column ?? 0 });
            return null;
        }
    }

    private static bool Includes(CargoManifest root, string crateDirectory)
    {
        var relative = Normalize(Path.GetRelativePath(root.Directory, crateDirectory));
        return root.WorkspaceMembers.Any(pattern => Glob(pattern).IsMatch(relative))
            && !root.WorkspaceExcludes.Any(pattern => Glob(pattern).IsMatch(relative));
    }

    private static IEnumerable<string> MemberDirectories(CargoManifest root)
    {
        var candidates = System.IO.Directory.EnumerateFiles(root.Directory, "Cargo.toml", SearchOption.AllDirectories)
            .Select(Path.GetDirectoryName)
            .Where(directory => directory != root.Directory && !Normalize(Path.GetRelativePath(root.Directory, directory!)).Split('/').Contains("target"));
        return candidates.Where(directory => Includes(root, directory!)).Select(directory => directory!).Order(StringComparer.Ordinal);
    }

    private static string Normalize(string path) => path.Replace('\\', '/').TrimEnd('/');

    // Cargo's member globs: "*" and "?" stay within one folder, "**" crosses folders.
    private static Regex Glob(string pattern)
    {
        var expression = Regex.Escape(Normalize(pattern))
            .Replace(@"\*\*", "\u0001", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal)
            .Replace("\u0001", ".*", StringComparison.Ordinal);
        return new Regex("^" + expression + "$", RegexOptions.CultureInvariant);
    }
}
