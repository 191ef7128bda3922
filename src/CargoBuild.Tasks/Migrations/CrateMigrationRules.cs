using CargoBuild.CargoMessages;
using CargoBuild.Versions;

namespace CargoBuild.Migrations;

/// <summary>
/// The rules that apply to one crate. The most specific match wins: a breaking change the code crossed (there is
/// evidence that it was written for an older release) over a requirement, and among those the newest step. The signals
/// are kept newest step first (file order among equals), so the first crossed change that matches is the answer, and a
/// signal that could give neither kind for this diagnostic runs no pattern at all. One pass over the message
/// (<see cref="LiteralPrefilter"/>) rules out nearly every signal before a pattern runs, a runaway pattern gives up
/// after a timeout, the context and span text are assembled only when needed, and each signal's link is chosen once.
/// What a message admits, and which message patterns match it, is worked out once per distinct message: in a build with
/// hundreds of errors most are the same few messages.
/// </summary>
internal sealed class CrateMigrationRules
{
    /// <summary>The package whose upgrade the from-version of <see cref="Match"/> describes.</summary>
    public const string PyO3Package = "pyo3";

    /// <summary>
    /// How much of a message, and of the rest of a diagnostic, the patterns see: several times what real diagnostics
    /// have (the longest recorded message is 374 characters, the longest context 4.7 KB), and little enough that no
    /// pattern costs more than a few milliseconds on any text, however it repeats.
    /// </summary>
    internal const int MessageLimit = 2048, ContextLimit = 16 * 1024;

    /// <summary>How many distinct messages keep their candidates: a bound on memory, far above what a build repeats.</summary>
    private const int MessagesKept = 1024;

    /// <summary>Where a rule without a step sorts: before every step.</summary>
    internal static readonly CargoVersion Oldest = new(0, 0, 0);

    private readonly IReadOnlyList<ApplicableSignal> signals;
    private readonly CargoVersion[] crossedBelow;
    private readonly string[] urls;
    private readonly LiteralPrefilter prefilter;
    private readonly Dictionary<string, CandidateSignals> candidatesByMessage = new(StringComparer.Ordinal);

    public CrateMigrationRules(IReadOnlyList<ApplicableSignal> applicable)
    {
        signals = [.. applicable.OrderByDescending(signal => signal.Rule.StepTo ?? Oldest)];
        crossedBelow = [.. signals.Select(signal => CrossedBelow(signal.Rule, signal.Signal, signal.Version))];
        urls = [.. signals.Select(signal => signal.Rule.Guide?.UrlFor(signal.Rule, signal.Version) ?? signal.Rule.Url ?? "")];
        prefilter = new([.. signals.Select(signal => signal.Signal)]);
    }

    public bool IsEmpty => signals.Count == 0;

    /// <param name="diagnostic">rustc's diagnostic, or cargo's error as a diagnostic without spans.</param>
    /// <param name="source">Which tool said it.</param>
    /// <param name="upgradedFrom">
    /// The pyo3 version the code was written for, when known: then only the steps after it up to the resolved version
    /// are breaking changes the code crossed. Without it, the user's source under the diagnostic's spans naming an API
    /// that a step up to the resolved version changed is the evidence; without either, only requirement signals link.
    /// </param>
    public MigrationMatch? Match(RustcDiagnostic diagnostic, SignalSource source, CargoVersion? upgradedFrom = null)
    {
        var isError = diagnostic.Level != "warning";
        var message = Bounded(diagnostic.Message, MessageLimit);
        string? context = null, spanText = null;
        MigrationMatch? requirement = null;
        var candidates = CandidatesOf(message);
        for (var position = 0; position < candidates.Indexes.Count; position++)
        {
            var index = candidates.Indexes[position];
            var (rule, signal, resolved) = signals[index];

            // A deprecation (a warning signal) still matches when #![deny(deprecated)] or -D warnings made it an error.
            if (signal.Source != source || (signal.Level == Diagnostics.DiagnosticSeverity.Error && !isError))
            {
                continue;
            }

            var from = rule.Package == PyO3Package ? upgradedFrom : null;
            var oldApi = from is null ? OldApiNamed(rule, resolved, () => spanText ??= MigrationRuleSet.SpanTextOf(diagnostic)) : null;
            var crossed = from is not null ? from < crossedBelow[index] : oldApi is not null;

            // A requirement found earlier is of a newer or the same step: a later one cannot be more specific.
            if ((!crossed && (!signal.IsRequirement || requirement is not null))
                || !candidates.MatchesMessage(position, signal, message) || !signal.MatchesContext(() => context ??= Bounded(MigrationRuleSet.ContextOf(diagnostic), ContextLimit)))
            {
                continue;
            }

            if (crossed)
            {
                return new MigrationMatch(rule, signal, urls[index], MigrationKind.BreakingChange, resolved) { UpgradedFrom = from, OldApi = oldApi };
            }

            requirement = new MigrationMatch(rule, signal, urls[index], MigrationKind.Requirement, resolved);
        }

        return requirement;
    }

    private CandidateSignals CandidatesOf(string message)
    {
        if (candidatesByMessage.TryGetValue(message, out var known))
        {
            return known;
        }

        var candidates = new CandidateSignals(prefilter.Candidates(message));
        if (candidatesByMessage.Count < MessagesKept)
        {
            candidatesByMessage.Add(message, candidates);
        }

        return candidates;
    }

    private static string Bounded(string text, int limit) => text.Length <= limit ? text : text[..limit];

    /// <summary>An old API of a step up to the resolved version that the user's code names, or null.</summary>
    private static string? OldApiNamed(MigrationRule rule, CargoVersion resolved, Func<string> spanText) =>
        rule.OldApis.Count > 0 && (rule.StepTo is null || rule.StepTo <= resolved.Release)
            ? rule.OldApis.FirstOrDefault(api => NamesApi(spanText(), api))
            : null;

    /// <summary>The text names the API as a whole identifier: `IntoPy` is not named by `IntoPyObject`.</summary>
    private static bool NamesApi(string text, string api)
    {
        for (var index = text.IndexOf(api, StringComparison.Ordinal); index >= 0; index = text.IndexOf(api, index + 1, StringComparison.Ordinal))
        {
            var end = index + api.Length;
            if ((index == 0 || !IsIdentifierPart(text[index - 1]) || !IsIdentifierPart(api[0]))
                && (end == text.Length || !IsIdentifierPart(text[end]) || !IsIdentifierPart(api[^1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdentifierPart(char character) => char.IsAsciiLetterOrDigit(character) || character == '_';

    /// <summary>
    /// Code written for a version below this crossed the change: the step's release, or the first release the signal
    /// shows in when that is later (the GIL-refs API, deprecated in 0.21, is rejected from 0.23 on even with its
    /// feature). A deprecation may show before the step that removes it, so the resolved version is no upper bound;
    /// the signal's own versions are.
    /// </summary>
    private static CargoVersion CrossedBelow(MigrationRule rule, MigrationSignal signal, CargoVersion resolved)
    {
        var firstShown = signal.Versions?.LowestAdmitted() is { } lowest && lowest > Oldest ? lowest : null;
        return (rule.StepTo, firstShown) switch
        {
            ({ } step, { } shown) => step > shown ? step : shown,
            ({ } step, null) => step,
            (null, { } shown) => shown,
            _ => resolved.Release,
        };
    }
}
