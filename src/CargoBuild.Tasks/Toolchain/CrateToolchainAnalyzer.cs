using CargoBuild.Diagnostics;
using CargoBuild.Manifests;
using CargoBuild.UpToDate;
using CargoBuild.Versions;

namespace CargoBuild.Toolchain;

/// <summary>
/// Reads what a crate requires of the toolchain from its Cargo.toml, its workspace root and Cargo.lock, without
/// running cargo: rust-version (own or inherited) and the pyo3 it builds with (direct, renamed, target-specific or
/// inherited from [workspace.dependencies]).
/// </summary>
internal static class CrateToolchainAnalyzer
{
    private const string PyO3 = "pyo3";

    /// <summary>The crate's facts, or null when a manifest or the lock file is malformed (errors added).</summary>
    public static CrateToolchainFacts? Analyze(string manifestPath, ICollection<BuildDiagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count;
        var workspace = CargoWorkspace.Load(manifestPath, diagnostics);
        if (workspace is null)
        {
            return null;
        }

        var packages = workspace.Packages(diagnostics);
        var rustRequirements = packages.Select(package => RustVersionOf(package, workspace.Root, diagnostics)).OfType<VersionRequirementSource>().ToList();
        var declarations = packages.SelectMany(package => PyO3Declarations(package, workspace.Root)).ToList();

        CargoLockFile? lockFile = null;
        if (File.Exists(workspace.LockFilePath))
        {
            lockFile = CargoLockFile.Parse(File.ReadAllText(workspace.LockFilePath), workspace.LockFilePath, diagnostics);
        }

        if (diagnostics.Count > errorsBefore)
        {
            return null;
        }

        var resolution = Resolve(packages, declarations, lockFile, diagnostics);
        return diagnostics.Count > errorsBefore
            ? null
            : new CrateToolchainFacts(manifestPath, workspace.Root.Directory, rustRequirements, resolution)
            {
                WorkspaceFiles = CargoInputFiles.WorkspaceFiles(workspace, packages),
            };
    }

    private static VersionRequirementSource? RustVersionOf(CargoManifest package, CargoManifest root, ICollection<BuildDiagnostic> diagnostics)
    {
        var (entry, file, origin) = package.RustVersion is { } own
            ? (own, package.Path, "Cargo.toml rust-version")
            : package.RustVersionInherited is not null && root.WorkspaceRustVersion is { } inherited
                ? (inherited, root.Path, "[workspace.package] rust-version")
                : (null, null, null);
        if (entry is null)
        {
            return null;
        }

        if (!CargoVersion.TryParse(entry.AsString, out var version) || version!.IsPreRelease)
        {
            diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidVersion,
                $"rust-version \"{entry.AsString}\" is not a bare version such as \"1.70\".") { File = file, Line = entry.Line, Column = entry.Column });
            return null;
        }

        return new VersionRequirementSource(version, entry.AsString!, origin!) { File = file, Line = entry.Line, Column = entry.Column };
    }

    private static IEnumerable<DependencyDeclaration> PyO3Declarations(CargoManifest package, CargoManifest root)
    {
        var inheritable = root.WorkspaceDependencies().ToDictionary(dependency => dependency.Key, StringComparer.Ordinal);
        foreach (var dependency in package.Dependencies())
        {
            if (dependency.InheritsWorkspace && inheritable.TryGetValue(dependency.Key, out var inherited))
            {
                if (inherited.PackageName == PyO3)
                {
                    yield return inherited;
                }
            }
            else if (dependency.PackageName == PyO3)
            {
                yield return dependency;
            }
        }
    }

    private static PyO3Resolution? Resolve(
        IReadOnlyList<CargoManifest> packages, IReadOnlyList<DependencyDeclaration> declarations, CargoLockFile? lockFile, ICollection<BuildDiagnostic> diagnostics)
    {
        var declared = declarations.FirstOrDefault();
        var locked = lockFile is null
            ? []
            : packages.Where(package => package.PackageName is not null)
                .SelectMany(package => lockFile.ResolvedVersionsInGraphOf(package.PackageName!, PyO3))
                .Distinct()
                .Order()
                .ToArray();
        if (locked.Length > 0)
        {
            return new PyO3Resolution(locked, "Cargo.lock")
            {
                File = declared?.ManifestPath ?? lockFile!.Path,
                Line = declared?.Line ?? 0,
                Column = declared?.Column ?? 0,
            };
        }

        if (declared is null)
        {
            return null;
        }

        // No lock yet: the lowest version the requirement admits is the oldest pyo3 cargo could pick.
        var lowest = new List<CargoVersion>();
        foreach (var declaration in declarations.Where(declaration => declaration.Requirement is not null))
        {
            if (!VersionRequirement.TryParse(declaration.Requirement, out var requirement, out var error) || requirement!.LowestAdmitted() is not { } version)
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidVersion,
                    $"The pyo3 requirement \"{declaration.Requirement}\" admits no version: {error ?? "its comparators contradict each other"}.")
                    { File = declaration.ManifestPath, Line = declaration.Line, Column = declaration.Column });
                continue;
            }

            lowest.Add(version);
        }

        return lowest.Count == 0
            ? null
            : new PyO3Resolution([lowest.Max()!], $"lowest version Cargo.toml's \"{declared.Requirement}\" admits")
            {
                File = declared.ManifestPath,
                Line = declared.Line,
                Column = declared.Column,
            };
    }
}
