namespace CargoBuild.Toolchain;

/// <summary>
/// What a crate's manifests and lock file require of the toolchain, read before anything compiles, and which of those
/// files there are (the build's up-to-date check watches the same ones).
/// </summary>
internal sealed record CrateToolchainFacts(string ManifestPath, string WorkspaceRoot, IReadOnlyList<VersionRequirementSource> RustRequirements, PyO3Resolution? PyO3)
{
    public IReadOnlyList<string> WorkspaceFiles { get; init; } = [];
}
