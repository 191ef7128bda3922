using CargoBuild.Building;
using CargoBuild.Surface;
using CargoBuild.Versions;

namespace CargoBuild.Toolchain;

/// <summary>
/// A crate that passed the toolchain gate: its full manifest path and what the gate learned (RustVersion, RustChannel,
/// RustCommit, RustHost, PyO3Version, PyO3VersionSource, WorkspaceRoot, WorkspaceFiles), which the build reuses.
/// </summary>
internal sealed record CheckedCrate(string ManifestPath, IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>The metadata the gate gives and the build reads.</summary>
    // An array: a collection expression would build a list type of its own, which every no-op build loads.
    public static readonly IReadOnlyList<string> MetadataNames = new[]
    {
        CheckedCrateMetadata.RustVersion, CheckedCrateMetadata.RustChannel, CheckedCrateMetadata.RustCommit, CheckedCrateMetadata.RustHost,
        CheckedCrateMetadata.PyO3Version, CheckedCrateMetadata.PyO3VersionSource, CheckedCrateMetadata.WorkspaceRoot, CheckedCrateMetadata.WorkspaceFiles,
    };

    /// <summary>The toolchain the crate was checked with, as far as it decides cargo's output; "not checked" without a gate.</summary>
    public static string ToolchainIdentity(CheckedCrate? crate) =>
        crate is null ? "not checked" : $"{crate.Get(CheckedCrateMetadata.RustVersion)}|{crate.Get(CheckedCrateMetadata.RustChannel)}|{crate.Get(CheckedCrateMetadata.RustCommit)}|{crate.Get(CheckedCrateMetadata.RustHost)}";

    /// <summary>The pyo3 the gate resolved, and whether a gate ran at all.</summary>
    public static PyO3FromGate PyO3Of(CheckedCrate? crate) =>
        crate is null
            ? new PyO3FromGate(false, null)
            : new PyO3FromGate(true, CargoVersion.TryParse(crate.Get(CheckedCrateMetadata.PyO3Version), out var version) ? version : null);

    public string? WorkspaceRoot => Get(CheckedCrateMetadata.WorkspaceRoot) is { Length: > 0 } root ? root : null;

    /// <summary>The workspace's manifests and lock file; null when the gate did not list them.</summary>
    public IReadOnlyList<string>? WorkspaceFiles => Get(CheckedCrateMetadata.WorkspaceFiles) is { Length: > 0 } files ? files.Split(';') : null;

    public string Get(string name) => Metadata.TryGetValue(name, out var value) ? value : "";
}
