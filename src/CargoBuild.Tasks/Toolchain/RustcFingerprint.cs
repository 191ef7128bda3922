using System.Text;
using CargoBuild.UpToDate;

namespace CargoBuild.Toolchain;

/// <summary>
/// Everything that decides which compiler `rustc` in a folder is, as cargo's own cache of `rustc -vV` judges it:
/// the rustc (or rustup proxy) file, the RUSTUP_* and RUSTC variables, rustup's settings (default toolchain,
/// overrides), its installed toolchains and their compilers, and the rust-toolchain files above the folder. When none
/// of these changed, the toolchain has not changed.
/// </summary>
internal static class RustcFingerprint
{
    /// <param name="cargoVariables">The variables set for cargo and for the probe, over the build's own.</param>
    public static string Compute(string rustcPath, string crateDirectory, string? home, IReadOnlyDictionary<string, string>? cargoVariables = null)
    {
        string? Variable(string name) =>
            cargoVariables is not null && cargoVariables.TryGetValue(name, out var set) ? set : Environment.GetEnvironmentVariable(name);
        var fingerprint = new StringBuilder();
        Add(fingerprint, rustcPath);
        foreach (var variable in new[] { "RUSTUP_TOOLCHAIN", "RUSTUP_HOME", "RUSTC", "RUSTC_WRAPPER" })
        {
            fingerprint.Append(variable).Append('=').AppendLine(Variable(variable));
        }

        var rustupHome = Variable("RUSTUP_HOME") is { Length: > 0 } configured
            ? configured
            : home is null ? null : Path.Combine(home, ".rustup");
        if (rustupHome is not null)
        {
            Add(fingerprint, Path.Combine(rustupHome, "settings.toml"));
            var toolchains = Path.Combine(rustupHome, "toolchains");
            Add(fingerprint, toolchains);

            // A toolchain linked into rustup (`rustup toolchain link`, such as a distribution's /usr) is updated
            // outside rustup's folders: only its compiler's write time tells.
            if (Directory.Exists(toolchains))
            {
                // Sorted in place, not with LINQ's Order: every no-op build computes this.
                var installed = Directory.GetDirectories(toolchains);
                Array.Sort(installed, StringComparer.Ordinal);
                foreach (var toolchain in installed)
                {
                    Add(fingerprint, Path.Combine(toolchain, "bin", OperatingSystem.IsWindows() ? "rustc.exe" : "rustc"));
                }
            }
        }

        for (var directory = crateDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            Add(fingerprint, Path.Combine(directory, "rust-toolchain"));
            Add(fingerprint, Path.Combine(directory, "rust-toolchain.toml"));
        }

        return fingerprint.ToString();
    }

    private static void Add(StringBuilder fingerprint, string path) =>
        fingerprint.Append(path).Append('@').AppendLine(WriteTime.Of(path));
}
