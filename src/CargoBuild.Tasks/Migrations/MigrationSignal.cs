using System.Text.RegularExpressions;
using CargoBuild.Diagnostics;
using CargoBuild.Versions;

namespace CargoBuild.Migrations;

/// <summary>
/// One way a breakage shows in compiler output: a pattern over the diagnostic's message, optionally confirmed by a
/// pattern over its context (notes, help, span labels, the macro it expanded from, rustc's rendered text), for the
/// dependency versions the breakage affects.
/// </summary>
internal sealed record MigrationSignal(SignalSource Source, DiagnosticSeverity Level, VersionRequirement? Versions, Regex? Message, Regex? Context)
{
    /// <summary>The real build that produced a diagnostic this signal matches, or null when the pattern is inferred.</summary>
    public string? Confirmed { get; init; }

    /// <summary>
    /// The diagnostic itself is specific to a requirement PyO3 makes (its own trait bound, option or type named in it),
    /// so the signal may link without evidence of an upgrade, worded as the requirement rather than a breaking change.
    /// </summary>
    public bool IsRequirement { get; init; }

    /// <summary>
    /// Text the message must contain for <see cref="Message"/> to match (any one of them), or null when the pattern
    /// has no such text; <see cref="LiteralPrefilter"/> looks for it before the pattern runs.
    /// </summary>
    public IReadOnlyList<string>? RequiredLiterals { get; init; }

    // Patterns stay interpreted. Compiling one to IL costs its first match up to ~100 ms of JIT compilation in the fresh
    // MSBuild process a build usually is (measured on the upgrade storm's big alternations), while an interpreted
    // match of a prefiltered message costs about a microsecond.
    public bool MatchesMessage(string message) => Message is null || SafeIsMatch(Message, message);

    /// <summary>
    /// Text the context must contain for <see cref="Context"/> to match (any one of them), or null when the pattern has
    /// no such text: an ordinal search rules most contexts out before the pattern scans up to 16 KB of them.
    /// </summary>
    public IReadOnlyList<string>? RequiredContextLiterals { get; init; }

    public bool MatchesContext(Func<string> context)
    {
        if (Context is null)
        {
            return true;
        }

        var text = context();
        return (RequiredContextLiterals is not { } literals || literals.Any(literal => text.Contains(literal, StringComparison.Ordinal)))
            && SafeIsMatch(Context, text);
    }

    // A pattern that runs away on some input is treated as not matching: the diagnostic then passes unchanged.
    private static bool SafeIsMatch(Regex pattern, string input)
    {
        try
        {
            return pattern.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
