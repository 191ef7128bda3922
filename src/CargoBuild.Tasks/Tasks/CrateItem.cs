using CargoBuild.Building;
using CargoBuild.Platforms;
using CargoBuild.Surface;
using Microsoft.Build.Framework;

namespace CargoBuild.Tasks;

/// <summary>Reads a CargoCrate item: where its manifest is, and the cargo settings its metadata asks for.</summary>
internal static class CrateItem
{
    /// <summary>The manifest's full path: the item may name a Cargo.toml or the folder holding one.</summary>
    public static string? ResolveManifest(ITaskItem crate)
    {
        var path = crate.GetMetadata("FullPath");
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "Cargo.toml");
        }

        return File.Exists(path) ? path : null;
    }

    public static string DescribeMissing(ITaskItem crate) =>
        $"CargoCrate '{crate.ItemSpec}' points to '{crate.GetMetadata("FullPath")}', which is neither a Cargo.toml nor a folder that holds one. " +
        "Set the item to your crate's Cargo.toml (or a workspace root's), relative to the project file.";

    public static CargoBuildSettings Settings(
        ITaskItem crate, string manifestPath, string? configuration, string? defaultProfile, string? defaultTriple, string? targetDirectory,
        bool offline, bool locked) =>
        new(manifestPath, CargoProfile.For(configuration, Metadata(crate, CrateMetadata.Profile) ?? defaultProfile))
        {
            Features = List(crate, CrateMetadata.Features),
            NoDefaultFeatures = string.Equals(Metadata(crate, CrateMetadata.NoDefaultFeatures), "true", StringComparison.OrdinalIgnoreCase),
            Packages = List(crate, CrateMetadata.Package),
            TargetTriple = Metadata(crate, CrateMetadata.TargetTriple) ?? defaultTriple,
            TargetDirectory = string.IsNullOrWhiteSpace(targetDirectory) ? null : Path.GetFullPath(targetDirectory!),
            ExtraArguments = CommandLineSplitter.Split(Metadata(crate, CrateMetadata.CargoArgs)),
            Offline = offline,
            Locked = locked,
        };

    /// <summary>
    /// The Rust target a RuntimeIdentifier stands for, for this crate: its WindowsAbi metadata, else the project's
    /// CargoWindowsAbi, picks a Windows RID's ABI. Null without a RuntimeIdentifier (the host) or for an unknown one.
    /// </summary>
    public static string? RuntimeTriple(ITaskItem crate, string? runtimeIdentifier, string? projectWindowsAbi) =>
        string.IsNullOrWhiteSpace(runtimeIdentifier)
            ? null
            : RuntimeIdentifierMap.TripleFor(runtimeIdentifier!, Metadata(crate, CrateMetadata.WindowsAbi) ?? projectWindowsAbi);

    /// <summary>The crate's WindowsAbi metadata, else the project's; null when neither is set.</summary>
    public static string? WindowsAbi(ITaskItem crate, string? projectWindowsAbi) =>
        Metadata(crate, CrateMetadata.WindowsAbi) ?? (string.IsNullOrWhiteSpace(projectWindowsAbi) ? null : projectWindowsAbi!.Trim());

    /// <summary>
    /// The variables for the crate's cargo: its Environment metadata over the project's CargoEnvironmentVariables;
    /// null with the malformed entry of the metadata.
    /// </summary>
    public static IReadOnlyDictionary<string, string>? Environment(ITaskItem crate, IReadOnlyDictionary<string, string> projectVariables, out string? malformedEntry)
    {
        var crateVariables = EnvironmentVariableList.Parse(crate.GetMetadata(CrateMetadata.Environment), out malformedEntry);
        if (crateVariables is null || crateVariables.Count == 0)
        {
            return crateVariables is null ? null : projectVariables;
        }

        var merged = new Dictionary<string, string>(projectVariables, StringComparer.Ordinal);
        foreach (var variable in crateVariables)
        {
            merged[variable.Key] = variable.Value;
        }

        return merged;
    }

    /// <summary>
    /// The crate's rustc wrapper: its RustcWrapper metadata (relative to the project that defines the item), else the
    /// project's CargoRustcWrapper (relative to the project); null when neither is set.
    /// </summary>
    public static RustcWrapperSetting? RustcWrapper(ITaskItem crate, string? projectWrapper, string projectFile)
    {
        if (Metadata(crate, CrateMetadata.RustcWrapper) is { } wrapper)
        {
            return RustcWrapperSetting.InProject(wrapper, $"the RustcWrapper metadata of CargoCrate '{crate.ItemSpec}'",
                crate.GetMetadata("DefiningProjectFullPath") is { Length: > 0 } defining ? defining : projectFile);
        }

        return string.IsNullOrWhiteSpace(projectWrapper) ? null : RustcWrapperSetting.InProject(projectWrapper!.Trim(), "CargoRustcWrapper", projectFile);
    }

    private static string? Metadata(ITaskItem crate, string name) =>
        crate.GetMetadata(name) is { Length: > 0 } value ? value.Trim() : null;

    private static IReadOnlyList<string> List(ITaskItem crate, string name) =>
        (Metadata(crate, name) ?? "").Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
