using System.Text.RegularExpressions;

namespace CargoBuild.Diagnostics;

/// <summary>
/// Tells, a line at a time as a tool's stderr streams, which lines are a Rust backtrace: a panic's
/// (<c>stack backtrace:</c>, with <c>RUST_BACKTRACE=1</c> or <c>full</c>) or an anyhow error's (<c>Stack backtrace:</c>,
/// as rustup prints them), its frames, and the notes about backtraces. Those lines belong in the log, not in a
/// diagnostic: a machine with <c>RUST_BACKTRACE</c> set would otherwise get dozens of frames inside one message.
/// </summary>
internal sealed partial class RustBacktraceFilter
{
    private bool inBacktrace;

    /// <summary>True when <paramref name="line"/> is part of a backtrace (its heading, a frame or a note about backtraces).</summary>
    public bool IsBacktrace(string line)
    {
        if (Heading().IsMatch(line))
        {
            inBacktrace = true;
            return true;
        }

        if (inBacktrace && (Frame().IsMatch(line) || FrameLocation().IsMatch(line)))
        {
            return true;
        }

        inBacktrace = false;
        return BacktraceNote().IsMatch(line);
    }

    [GeneratedRegex(@"^\s*[Ss]tack backtrace:\s*$")]
    private static partial Regex Heading();

    // "  0: name", or with RUST_BACKTRACE=full "  0:     0x55d4c0a1b2c3 - name".
    [GeneratedRegex(@"^\s*\d+:\s")]
    private static partial Regex Frame();

    [GeneratedRegex(@"^\s+at\s\S")]
    private static partial Regex FrameLocation();

    // "note: run with `RUST_BACKTRACE=1` …", "note: Some details are omitted, run with `RUST_BACKTRACE=full` …",
    // cargo's "note: To improve backtraces for build dependencies, set …".
    [GeneratedRegex(@"^\s*note: .*\b(?:backtraces?|RUST_BACKTRACE)\b")]
    private static partial Regex BacktraceNote();
}
