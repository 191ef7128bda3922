namespace CargoBuild.Platforms;

/// <summary>Which of the files cargo reports for a cdylib .NET needs at run time.</summary>
public static class NativeLibraryFile
{
    /// <summary>
    /// True for the shared library itself (lib*.so on Linux, lib*.dylib on macOS, *.dll on Windows) and its Windows
    /// debug symbols; false for import libraries (*.dll.lib), rlibs, static libraries and dep-info files.
    /// </summary>
    public static bool IsRuntimeFile(string path) =>
        path.EndsWith(".so", StringComparison.Ordinal)
        || path.EndsWith(".dylib", StringComparison.Ordinal)
        || path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase);
}
