namespace CargoBuild.Platforms;

/// <summary>A Rust target triple and how its shared libraries are named.</summary>
public sealed record RustTargetPlatform(string Triple, string SharedLibraryPrefix, string SharedLibraryExtension)
{
    public static RustTargetPlatform FromTriple(string triple)
    {
        if (triple.Contains("-windows", StringComparison.Ordinal))
        {
            return new RustTargetPlatform(triple, "", ".dll");
        }

        return triple.Contains("-apple-", StringComparison.Ordinal)
            ? new RustTargetPlatform(triple, "lib", ".dylib")
            : new RustTargetPlatform(triple, "lib", ".so");
    }

    /// <summary>True for the files .NET loads at run time (the library itself, and its Windows debug symbols).</summary>
    public static bool IsNativeRuntimeFile(string path) =>
        path.EndsWith(".so", StringComparison.Ordinal)
        || path.EndsWith(".dylib", StringComparison.Ordinal)
        || path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase);
}
