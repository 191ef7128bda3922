namespace CargoBuild.Toolchain;

/// <summary>What a crate's manifests and lock file require of the toolchain, read before anything compiles.</summary>
public sealed record CrateToolchainFacts(string ManifestPath, string WorkspaceRoot, IReadOnlyList<VersionRequirementSource> RustRequirements, PyO3Resolution? PyO3);
