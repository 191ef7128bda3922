namespace CargoBuild.Toolchain;

/// <summary>
/// Whether a toolchain can build for a target: rustc needs the target's standard library in its sysroot
/// (lib/rustlib/&lt;triple&gt;/lib, which `rustup target add` installs); without it cargo fails with E0463 at the
/// crate's first line, which says nothing about the cause.
/// </summary>
internal static class TargetStandardLibrary
{
    public static string Directory(string sysroot, string triple) => Path.Combine(sysroot, "lib", "rustlib", triple, "lib");

    /// <summary>
    /// False when there is nothing to look for: the host's std comes with every toolchain, a target given as a
    /// .json spec has none, and -Zbuild-std (in CargoArgs) builds it from source.
    /// </summary>
    public static bool IsNeeded(string triple, string? host, IReadOnlyList<string> cargoArguments) =>
        !string.Equals(triple, host, StringComparison.Ordinal)
        && !triple.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        && !cargoArguments.Any(argument => argument.Contains("build-std", StringComparison.Ordinal));

    /// <summary>The rustup toolchain a sysroot belongs to (its folder under RUSTUP_HOME/toolchains); null for any other toolchain.</summary>
    public static string? RustupToolchainOf(string sysroot, string? rustupHome)
    {
        if (string.IsNullOrEmpty(rustupHome))
        {
            return null;
        }

        var toolchains = Path.GetFullPath(Path.Combine(rustupHome!, "toolchains")) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(sysroot);
        return full.StartsWith(toolchains, StringComparison.Ordinal) && full[toolchains.Length..].Split(Path.DirectorySeparatorChar)[0] is { Length: > 0 } name
            ? name
            : null;
    }

    /// <summary>The error for a missing target: what is missing, for which build, and the command that installs it.</summary>
    public static string DescribeMissing(string triple, string? runtimeIdentifier, RustcVersionInfo toolchain, string sysroot, string? rustupToolchain, string manifest)
    {
        var target = runtimeIdentifier is { Length: > 0 } ? $"{triple} (RuntimeIdentifier {runtimeIdentifier})" : triple;
        var library = Directory(sysroot, triple);
        return rustupToolchain is not null
            ? $"The Rust target {target} is not installed in the toolchain that builds {manifest}: {toolchain}, rustup toolchain {rustupToolchain}, has no {library}. " +
              $"Install it with `rustup target add {triple} --toolchain {rustupToolchain}`."
            : $"The Rust target {target} is not installed in the toolchain that builds {manifest}: the standard library for {triple} is missing from the sysroot of {toolchain} ({sysroot} has no {library}), " +
              $"which rustup does not manage. Install that target's standard library into this toolchain (a distribution packages it separately), " +
              $"or build with a rustup toolchain after `rustup target add {triple}`.";
    }
}
