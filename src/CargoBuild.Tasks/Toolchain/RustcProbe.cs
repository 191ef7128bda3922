using System.Text;
using CargoBuild.Diagnostics;
using CargoBuild.Processes;

namespace CargoBuild.Toolchain;

/// <summary>
/// Asks the toolchain that will really build a crate who it is: <c>rustc -vV</c> run in the crate's folder, so that
/// rust-toolchain(.toml), rustup overrides and RUSTUP_TOOLCHAIN choose it as they will for cargo.
/// </summary>
internal static class RustcProbe
{
    /// <summary>The parsed version, or null with the reason in <paramref name="failure"/>.</summary>
    /// <param name="logBacktrace">Receives the lines of a backtrace rustup or rustc printed (RUST_BACKTRACE set), which
    /// stay out of <paramref name="failure"/>.</param>
    /// <param name="environment">The variables set for cargo (RUSTUP_TOOLCHAIN, say): rustc is asked with them, as cargo will run it.</param>
    public static RustcVersionInfo? Run(string rustcPath, string crateDirectory, CancellationToken cancellationToken, out string? failure,
        Action<string>? logBacktrace = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var output = Ask(rustcPath, ["-vV"], crateDirectory, environment, cancellationToken, out failure, logBacktrace);
        if (output is null)
        {
            return null;
        }

        var version = RustcVersionInfo.Parse(output);
        failure = version is null ? $"`rustc -vV` in {crateDirectory} printed no version CargoBuild understands: {output.Trim()}" : null;
        return version;
    }

    /// <summary>The toolchain's sysroot (<c>rustc --print sysroot</c>), under which lib/rustlib/&lt;triple&gt; holds each installed target's std.</summary>
    public static string? Sysroot(string rustcPath, string crateDirectory, CancellationToken cancellationToken, out string? failure,
        Action<string>? logBacktrace = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var output = Ask(rustcPath, ["--print", "sysroot"], crateDirectory, environment, cancellationToken, out failure, logBacktrace)?.Trim();
        if (output is { Length: 0 })
        {
            failure = $"`rustc --print sysroot` in {crateDirectory} printed nothing";
            return null;
        }

        return output;
    }

    /// <summary>The target's cfg (<c>rustc --print cfg --target</c>): <c>unix</c>, <c>target_env="musl"</c>, ...; empty when rustc cannot say.</summary>
    public static IReadOnlySet<string> TargetCfg(string rustcPath, string crateDirectory, string triple, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null) =>
        (Ask(rustcPath, ["--print", "cfg", "--target", triple], crateDirectory, environment, cancellationToken, out _, null) ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);

    private static string? Ask(string rustcPath, IReadOnlyList<string> arguments, string crateDirectory, IReadOnlyDictionary<string, string>? environment,
        CancellationToken cancellationToken, out string? failure, Action<string>? logBacktrace)
    {
        var output = new StringBuilder();
        var errors = new StringBuilder();
        var backtrace = new RustBacktraceFilter();
        void Read(OutputLine line)
        {
            if (!line.IsStandardError)
            {
                output.AppendLine(line.Text);
            }
            else if (backtrace.IsBacktrace(line.Text))
            {
                logBacktrace?.Invoke(line.Text);
            }
            else if (line.Text.Length > 0)
            {
                errors.AppendLine(line.Text);
            }
        }

        var result = new StreamingProcessRunner().Run(rustcPath, arguments, crateDirectory,
            (environment ?? new Dictionary<string, string>()).ToDictionary(variable => variable.Key, variable => (string?)variable.Value, StringComparer.Ordinal),
            Read, cancellationToken);
        if (result.StartFailure is { } notStarted)
        {
            failure = $"{rustcPath} could not be started: {notStarted}";
            return null;
        }

        if (result.WasCancelled)
        {
            failure = "the build was cancelled";
            return null;
        }

        if (result.ExitCode != 0)
        {
            failure = $"`rustc {string.Join(" ", arguments)}` in {crateDirectory} failed (exit code {result.ExitCode}): {string.Join("; ", errors.ToString().Trim().Split(Environment.NewLine))}";
            return null;
        }

        failure = null;
        return output.ToString();
    }
}
