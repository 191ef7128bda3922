namespace CargoBuild.Platforms;

/// <summary>Which of the files cargo reports for a library .NET needs, at run time or to link.</summary>
internal static class NativeLibraryFile
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

    /// <summary>
    /// True for a staticlib's archive (lib*.a, or *.lib with the MSVC toolchain); false for the import libraries a
    /// cdylib comes with on Windows (*.dll.lib, and *.dll.a with the GNU toolchain), which name the DLL, not its code.
    /// </summary>
    public static bool IsStaticLibrary(string path) =>
        (path.EndsWith(".a", StringComparison.Ordinal) && !path.EndsWith(".dll.a", StringComparison.OrdinalIgnoreCase))
        || (path.EndsWith(".lib", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".dll.lib", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The name a library gets in the output folder: cargo's, or for a Python extension module the one Python imports,
    /// the module's name (the lib target's, which #[pymodule] must match) with Python's extension for the target
    /// platform: name.pyd for a Windows DLL, name.so on Linux and macOS. Debug symbols keep their name.
    /// </summary>
    public static string OutputName(string path, string targetName, bool isPythonModule)
    {
        var fileName = Path.GetFileName(path);
        if (!isPythonModule)
        {
            return fileName;
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".dll" => targetName + ".pyd",
            ".so" or ".dylib" => targetName + ".so",
            _ => fileName,
        };
    }
}
