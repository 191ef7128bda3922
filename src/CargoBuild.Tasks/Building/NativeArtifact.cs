namespace CargoBuild.Building;

/// <summary>
/// A file cargo reported producing for a local crate: a native library or a program. <paramref name="TargetName"/> is
/// the cargo target's name (a library's is the name C# code imports it by).
/// </summary>
internal sealed record NativeArtifact(string Path, string PackageId, string TargetName, NativeArtifactKind Kind = NativeArtifactKind.SharedLibrary)
{
    /// <summary>
    /// For a static library: the native libraries a program that links it needs (rustc's native-static-libs, like
    /// <c>-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc</c>), separated by spaces; empty for other kinds.
    /// </summary>
    public string LinkArguments { get; init; } = "";

    /// <summary>A Python extension module: a shared library whose package builds on pyo3 with the extension-module feature.</summary>
    public bool IsPythonModule { get; init; }
}
