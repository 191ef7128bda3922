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

    /// <summary>
    /// The SDK's own metadata for an item's path in the output folder: set by the task (the output name, the program's
    /// file name) so that the targets turn the artifacts into None items without batching over each one's name.
    /// </summary>
    public const string Link = "Link";
    public const string CargoArtifactKind = "CargoArtifactKind";
    public const string LibraryName = "LibraryName";
    public const string LinkArguments = "LinkArguments";

    /// <summary>Values of <see cref="CargoArtifactKind"/>, one per output item.</summary>
    public const string NativeLibraryKind = "NativeLibrary";
    public const string ExecutableKind = "Executable";
    public const string StaticLibraryKind = "StaticLibrary";
}
