using CargoBuild.Platforms;
using CargoBuild.Surface;

namespace CargoBuild.Building;

/// <summary>
/// A CargoCrate item as plain data: its spec as written, its full path, and its metadata (missing names read as
/// empty, as MSBuild's do). What the metadata asks for (the manifest, cargo's settings, the target, the variables)
/// is read here, the same for the toolchain gate, the build and the clean.
/// </summary>
internal sealed record CrateDeclaration(string ItemSpec, string FullPath, IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>The metadata the core reads; anything else on the item is not CargoBuild's.</summary>
    // An array: a collection expression would build a list type of its own, which every no-op build loads.
    public static readonly IReadOnlyList<string> MetadataNames = new[]
    {
        "DefiningProjectFullPath", CrateMetadata.Profile, CrateMetadata.Features, CrateMetadata.NoDefaultFeatures, CrateMetadata.Package,
        CrateMetadata.TargetTriple, CrateMetadata.CargoArgs, CrateMetadata.WindowsAbi, CrateMetadata.Environment, CrateMetadata.CopyToOutput,
        CrateMetadata.CopyExecutables, CrateMetadata.PythonModule, CrateMetadata.RustcWrapper, CrateMetadata.PyO3UpgradedFrom,
        CrateMetadata.RustMinimumVersion, CrateMetadata.RustRequireStable, CrateMetadata.PyO3MinimumVersion,
    };

    /// <summary>The metadata's value, or empty when the item has none.</summary>
    public string Get(string name) => Metadata.TryGetValue(name, out var value) ? value : "";

    /// <summary>The project file that declared the item: where errors about its metadata point.</summary>
    public string DefiningProject => Get("DefiningProjectFullPath");

    /// <summary>The manifest's full path: the item may name a Cargo.toml or the folder holding one.</summary>
    public string? ResolveManifest()
    {
        var path = FullPath;
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "Cargo.toml");
        }

        return File.Exists(path) ? path : null;
    }

    public string DescribeMissing() =>
        $"CargoCrate '{ItemSpec}' points to '{FullPath}', which is neither a Cargo.toml nor a folder that holds one. " +
        "Set the item to your crate's Cargo.toml (or a workspace root's), relative to the project file.";

    public CargoBuildSettings Settings(
        string manifestPath, string? configuration, string? defaultProfile, string? defaultTriple, string? targetDirectory, bool offline, bool locked) =>
        new(manifestPath, CargoProfile.For(configuration, Trimmed(CrateMetadata.Profile) ?? defaultProfile))
        {
            Features = List(CrateMetadata.Features),
            NoDefaultFeatures = string.Equals(Trimmed(CrateMetadata.NoDefaultFeatures), "true", StringComparison.OrdinalIgnoreCase),
            Packages = List(CrateMetadata.Package),
            TargetTriple = Trimmed(CrateMetadata.TargetTriple) ?? defaultTriple,
            TargetDirectory = string.IsNullOrWhiteSpace(targetDirectory) ? null : Path.GetFullPath(targetDirectory!),
            ExtraArguments = CommandLineSplitter.Split(Trimmed(CrateMetadata.CargoArgs)),
            Offline = offline,
            Locked = locked,
        };

    /// <summary>
    /// The Rust target a RuntimeIdentifier stands for, for this crate: its WindowsAbi metadata, else the project's
    /// CargoWindowsAbi, picks a Windows RID's ABI. Null without a RuntimeIdentifier (the host) or for an unknown one.
    /// </summary>
    public string? RuntimeTriple(string? runtimeIdentifier, string? projectWindowsAbi) =>
        string.IsNullOrWhiteSpace(runtimeIdentifier)
            ? null
            : RuntimeIdentifierMap.TripleFor(runtimeIdentifier!, Trimmed(CrateMetadata.WindowsAbi) ?? projectWindowsAbi);

    /// <summary>The crate's WindowsAbi metadata, else the project's; null when neither is set.</summary>
    public string? WindowsAbi(string? projectWindowsAbi) =>
        Trimmed(CrateMetadata.WindowsAbi) ?? (string.IsNullOrWhiteSpace(projectWindowsAbi) ? null : projectWindowsAbi!.Trim());

    /// <summary>
    /// The variables for the crate's cargo: its Environment metadata over the project's CargoEnvironmentVariables;
    /// null with the malformed entry of the metadata.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Environment(IReadOnlyDictionary<string, string> projectVariables, out string? malformedEntry)
    {
        var crateVariables = EnvironmentVariableList.Parse(Get(CrateMetadata.Environment), out malformedEntry);
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
    /// project's CargoRustcWrapper (relative to <paramref name="projectFile"/>); null when neither is set.
    /// </summary>
    public RustcWrapperSetting? RustcWrapper(string? projectWrapper, string projectFile)
    {
        if (Trimmed(CrateMetadata.RustcWrapper) is { } wrapper)
        {
            return RustcWrapperSetting.InProject(wrapper, $"the RustcWrapper metadata of CargoCrate '{ItemSpec}'",
                DefiningProject is { Length: > 0 } defining ? defining : projectFile);
        }

        return string.IsNullOrWhiteSpace(projectWrapper) ? null : RustcWrapperSetting.InProject(projectWrapper!.Trim(), "CargoRustcWrapper", projectFile);
    }

    /// <summary>The metadata's value without surrounding white space; null when it is empty.</summary>
    public string? Trimmed(string name) => Get(name) is { Length: > 0 } value ? value.Trim() : null;

    private IReadOnlyList<string> List(string name) =>
        (Trimmed(name) ?? "").Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
