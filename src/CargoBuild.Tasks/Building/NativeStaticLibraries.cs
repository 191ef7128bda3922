using CargoBuild.Processes;
using CargoBuild.UpToDate;

namespace CargoBuild.Building;

/// <summary>
/// Learns the native libraries a Rust static library needs at link time (Rust's standard library links against the
/// C library, libgcc_s, pthread and more; a program that links the archive must name them). rustc prints them only
/// while it compiles a staticlib, which cargo's own build cannot ask for without changing every crate's fingerprint,
/// so rustc compiles an empty staticlib for the same target, as Corrosion does.
/// </summary>
internal static class NativeStaticLibraries
{
    private const string Marker = "native-static-libs:";

    private const string CacheHeader = "cargobuild native-static-libs 1";

    /// <summary>The link arguments rustc printed, as it printed them (<c>-lgcc_s -lutil …</c>), or null when it printed none.</summary>
    public static string? Parse(IEnumerable<string> rustcStandardError) =>
        rustcStandardError
            .Select(line => line.IndexOf(Marker, StringComparison.Ordinal) is var at and >= 0 ? line[(at + Marker.Length)..].Trim() : null)
            .LastOrDefault(arguments => arguments is not null);

    /// <summary>
    /// Compiles an empty staticlib for <paramref name="targetTriple"/> (the host when null) with <paramref name="rustc"/>,
    /// in a scratch folder, and returns the link arguments rustc printed; null when rustc failed (the reason is logged).
    /// The answer is kept in <paramref name="cacheFile"/> when given (its name must change with the toolchain): rustc
    /// writes the whole standard library into the archive, a third of a second at each build that runs cargo.
    /// </summary>
    public static string? Probe(string rustc, string? targetTriple, string workingDirectory, IReadOnlyDictionary<string, string?> environment,
        IProcessRunner runner, Action<string> logDetail, CancellationToken cancellationToken, string? cacheFile = null)
    {
        if (cacheFile is not null && RecordFile.Read(cacheFile, CacheHeader) is [var cached])
        {
            return RecordFile.Unescape(cached);
        }

        var printed = ProbeRustc(rustc, targetTriple, workingDirectory, environment, runner, logDetail, cancellationToken);
        if (printed is not null && cacheFile is not null)
        {
            RecordFile.Write(cacheFile, CacheHeader, [[RecordFile.Escape(printed)]]);
        }

        return printed;
    }

    private static string? ProbeRustc(string rustc, string? targetTriple, string workingDirectory, IReadOnlyDictionary<string, string?> environment,
        IProcessRunner runner, Action<string> logDetail, CancellationToken cancellationToken)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "cargobuild-native-libs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        var source = Path.Combine(scratch, "empty.rs");
        TextFile.Write(source, "");
        List<string> arguments = ["--crate-type", "staticlib", "--crate-name", "cargobuild_native_libs", "--print", "native-static-libs", "--out-dir", scratch];
        if (targetTriple is not null)
        {
            arguments.AddRange(["--target", targetTriple]);
        }

        arguments.Add(source);
        var stderr = new List<string>();
        try
        {
            var result = runner.Run(rustc, arguments, workingDirectory, environment, line => stderr.Add(line.Text), cancellationToken);
            if (result.StartFailure is { } notStarted)
            {
                logDetail($"{rustc} could not be started to learn the native libraries of a static library: {notStarted}");
                return null;
            }

            var printed = result.ExitCode == 0 ? Parse(stderr) : null;
            if (printed is null)
            {
                logDetail($"{rustc} {string.Join(" ", arguments)} (exit code {result.ExitCode}) did not print native-static-libs: {string.Join(Environment.NewLine, stderr)}");
            }

            return printed;
        }
        finally
        {
            try
            {
                Directory.Delete(scratch, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
