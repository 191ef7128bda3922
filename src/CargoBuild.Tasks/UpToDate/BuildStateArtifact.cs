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

    /// <summary>
    /// The kind a record names (as <see cref="NativeArtifactKind"/>'s ToString writes it); null for any other text. A
    /// switch, not Enum.TryParse: that generic method is JIT-compiled in each no-op build.
    /// </summary>
    public static NativeArtifactKind? KindNamed(string name) => name switch
    {
        nameof(NativeArtifactKind.SharedLibrary) => NativeArtifactKind.SharedLibrary,
        nameof(NativeArtifactKind.Executable) => NativeArtifactKind.Executable,
        nameof(NativeArtifactKind.StaticLibrary) => NativeArtifactKind.StaticLibrary,
        _ => null,
    };

    public NativeArtifact ToArtifact() => new(Path, PackageId, TargetName, Kind) { LinkArguments = LinkArguments, IsPythonModule = IsPythonModule };
}
