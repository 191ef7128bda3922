namespace CargoBuild.Building;

/// <summary>What a file cargo built for a local crate is to .NET: each kind reaches the app another way.</summary>
internal enum NativeArtifactKind
{
    /// <summary>A cdylib the runtime loads (copied next to the app).</summary>
    SharedLibrary,

    /// <summary>A bin target's program (copied next to the app, runnable).</summary>
    Executable,

    /// <summary>A staticlib archive, linked into a NativeAOT executable.</summary>
    StaticLibrary,
}
