namespace CargoBuild.Building;

/// <summary>
/// A file a crate's build gives the project, with what the targets need to copy, publish, pack or link it.
/// </summary>
/// <param name="CrateManifest">The crate's full manifest path.</param>
/// <param name="TargetTriple">The Rust target it was built for; empty for the host.</param>
/// <param name="RuntimeIdentifier">The RuntimeIdentifier whose apps load it.</param>
/// <param name="CopyToOutput">Copied to the output and publish folders (libraries and programs).</param>
/// <param name="PythonModule">A Python extension module (shared libraries).</param>
/// <param name="OutputName">Its file name in the output folder (shared libraries).</param>
internal sealed record ShippedArtifact(
    NativeArtifact Artifact,
    string CrateManifest,
    string TargetTriple,
    string RuntimeIdentifier,
    bool CopyToOutput,
    bool PythonModule,
    string OutputName);
