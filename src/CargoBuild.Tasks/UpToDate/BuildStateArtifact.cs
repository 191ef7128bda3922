namespace CargoBuild.UpToDate;

/// <summary>A library the recorded build produced, with the package and target cargo named for it.</summary>
public sealed record BuildStateArtifact(string Path, string PackageId, string TargetName);
