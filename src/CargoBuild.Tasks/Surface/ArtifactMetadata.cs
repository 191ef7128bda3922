namespace CargoBuild.Surface;

/// <summary>
/// The metadata of the items the CargoBuild target outputs (CargoNativeLibrary, CargoExecutable, CargoStaticLibrary),
/// which CargoCompile sets and the targets sort and copy by.
/// </summary>
internal static class ArtifactMetadata
{
    public const string CargoCrate = "CargoCrate";
    public const string TargetTriple = "TargetTriple";
    public const string RuntimeIdentifier = "RuntimeIdentifier";
    public const string CopyToOutput = "CopyToOutput";
    public const string PythonModule = "PythonModule";
    public const string OutputName = "OutputName";
    public const string CargoArtifactKind = "CargoArtifactKind";
    public const string LibraryName = "LibraryName";
    public const string LinkArguments = "LinkArguments";

    /// <summary>Values of <see cref="CargoArtifactKind"/>, one per output item.</summary>
    public const string NativeLibraryKind = "NativeLibrary";
    public const string ExecutableKind = "Executable";
    public const string StaticLibraryKind = "StaticLibrary";
}
