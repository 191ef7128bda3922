namespace CargoBuild.Manifests;

/// <summary>
/// A dependency as a manifest declares it: under its key (which a rename makes differ from the package), with a
/// requirement, or inherited from [workspace.dependencies].
/// </summary>
internal sealed record DependencyDeclaration(
    string Key, string PackageName, string? Requirement, bool InheritsWorkspace, string ManifestPath, int Line, int Column);
