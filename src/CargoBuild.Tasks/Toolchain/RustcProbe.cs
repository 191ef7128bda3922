using System.ComponentModel;
using System.Text;
using CargoBuild.Diagnostics;
using CargoBuild.Processes;

namespace CargoBuild.Toolchain;

/// <summary>
/// Asks the toolchain that will really build a crate who it is: <c>rustc -vV</c> run in the crate's folder, so that
/// rust-toolchain(.toml), rustup overrides and RUSTUP_TOOLCHAIN choose it as they will for cargo.
/// </summary>
public static class RustcProbe
{
    /// <summary>The parsed version, or null with the reason in <paramref name="failure"/>.</summary>
    /// <param name="logBacktrace">Receives the lines of a backtrace rustup or rustc printed (RUST_BACKTRACE set), which
    /// stay out of <paramref name="failure"/>.</param>
    public static RustcVersionInfo? Run(string rustcPath, string crateDirectory, CancellationToken cancellationToken, out string? failure,
        Action<string>? logBacktrace = null)
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

        ProcessResult result;
        try
        {
            result = new StreamingProcessRunner().Run(rustcPath, ["-vV"], crateDirectory, new Dictionary<string, string?>(), Read, cancellationToken);
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException or IOException)
        {
            failure = $"{rustcPath} could not be started: {exception.Message}";
            return null;
        }

        if (result.WasCancelled)
        {
            failure = "the build was cancelled";
            return null;
        }

        if (result.ExitCode != 0)
        {
            failure = $"`rustc -vV` in {crateDirectory} failed (exit code {result.ExitCode}): {string.Join("; ", errors.ToString().Trim().Split(Environment.NewLine))}";
            return null;
        }

        var version = RustcVersionInfo.Parse(output.ToString());
        failure = version is null ? $"`rustc -vV` in {crateDirectory} printed no version CargoBuild understands: {output.ToString().Trim()}" : null;
        return version;
    }
}
