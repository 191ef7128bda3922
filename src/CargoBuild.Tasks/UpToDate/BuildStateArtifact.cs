using CargoBuild.Building;

namespace CargoBuild.UpToDate;

/// <summary>
/// A library or program the recorded build produced, with the package and target cargo named for it, and for a static
/// library the native libraries it needs at link time.
/// </summary>
internal sealed record BuildStateArtifact(string Path, string PackageId, string TargetName, NativeArtifactKind Kind = NativeArtifactKind.SharedLibrary, string LinkArguments = "")
{
    public static BuildStateArtifact Of(NativeArtifact artifact) =>
        new(artifact.Path, artifact.PackageId, artifact.TargetName, artifact.Kind, artifact.LinkArguments) { IsPythonModule = artifact.IsPythonModule };

    public bool IsPythonModule { get; init; }

    public NativeArtifact ToArtifact() => new(Path, PackageId, TargetName, Kind) { LinkArguments = LinkArguments, IsPythonModule = IsPythonModule };
}
