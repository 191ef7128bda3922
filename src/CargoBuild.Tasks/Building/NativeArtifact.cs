namespace CargoBuild.Building;

/// <summary>A native library cargo reported producing for a local crate.</summary>
public sealed record NativeArtifact(string Path, string PackageId, string TargetName);
