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

    // A pattern is interpreted until it has run this often in a build: compiling costs about a millisecond, which
    // pays off only for the patterns a build with many diagnostics keeps running.
    private const int RunsBeforeCompiling = 200;

    private Regex? compiledMessage, compiledContext;
    private int messageRuns, contextRuns;

    public bool MatchesMessage(string message) => Message is null || SafeIsMatch(Often(Message, ref compiledMessage, ref messageRuns), message);

    public bool MatchesContext(Func<string> context) => Context is null || SafeIsMatch(Often(Context, ref compiledContext, ref contextRuns), context());

    private static Regex Often(Regex pattern, ref Regex? compiled, ref int runs) =>
        compiled ?? (++runs < RunsBeforeCompiling ? pattern : compiled = new Regex(pattern.ToString(), pattern.Options | RegexOptions.Compiled, pattern.MatchTimeout));

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
