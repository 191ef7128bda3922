using CargoBuild.CargoMessages;
using CargoBuild.Versions;

namespace CargoBuild.Migrations;

/// <summary>
/// The rules that apply to one crate. A diagnostic is matched against every signal, and the most specific match wins:
/// a breaking change the code crossed (there is evidence that it was written for an older release) over a requirement,
/// and among those the newest step. One pass over the message (<see cref="LiteralPrefilter"/>) rules out nearly every
/// signal before a pattern runs, a runaway pattern gives up after a timeout, and the context and span text are
/// assembled only when a message pattern has matched.
/// </summary>
public sealed class CrateMigrationRules(IReadOnlyList<ApplicableSignal> signals)
{
    /// <summary>The package whose upgrade the from-version of <see cref="Match"/> describes.</summary>
    public const string PyO3Package = "pyo3";

    private readonly LiteralPrefilter prefilter = new([.. signals.Select(applicable => applicable.Signal)]);

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
        var found = prefilter.Find(diagnostic.Message);
        string? context = null, spanText = null;
        MigrationMatch? best = null;
        for (var index = 0; index < signals.Count; index++)
        {
            var (rule, signal, version) = signals[index];

            // A deprecation (a warning signal) still matches when #![deny(deprecated)] or -D warnings made it an error.
            if (signal.Source != source || (signal.Level == Diagnostics.DiagnosticSeverity.Error && !isError) || !prefilter.IsCandidate(index, found)
                || !signal.MatchesMessage(diagnostic.Message) || !signal.MatchesContext(() => context ??= MigrationRuleSet.ContextOf(diagnostic)))
            {
                continue;
            }

            var from = rule.Package == PyO3Package ? upgradedFrom : null;
            var candidate = Classify(rule, signal, version, from, () => spanText ??= MigrationRuleSet.SpanTextOf(diagnostic));
            if (candidate is not null && (best is null || IsMoreSpecific(candidate, best)))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static MigrationMatch? Classify(MigrationRule rule, MigrationSignal signal, CargoVersion resolved, CargoVersion? from, Func<string> spanText)
    {
        var url = rule.Guide?.UrlFor(rule, resolved) ?? rule.Url ?? "";
        if (from is not null)
        {
            if (from < CrossedBelow(rule, signal, resolved))
            {
                return new MigrationMatch(rule, signal, url, MigrationKind.BreakingChange, resolved) { UpgradedFrom = from };
            }
        }
        else if (rule.OldApis.Count > 0 && (rule.StepTo is null || rule.StepTo <= resolved.Release)
            && rule.OldApis.FirstOrDefault(api => NamesApi(spanText(), api)) is { } oldApi)
        {
            return new MigrationMatch(rule, signal, url, MigrationKind.BreakingChange, resolved) { OldApi = oldApi };
        }

        return signal.IsRequirement ? new MigrationMatch(rule, signal, url, MigrationKind.Requirement, resolved) : null;
    }

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

    // A crossed breaking change over a requirement; then the newest step (a rule without a step counts as oldest).
    // Equal ones keep the earlier, as the file lists them.
    private static bool IsMoreSpecific(MigrationMatch candidate, MigrationMatch best) =>
        candidate.Kind != best.Kind
            ? candidate.Kind == MigrationKind.BreakingChange
            : (candidate.Rule.StepTo ?? Oldest).CompareTo(best.Rule.StepTo ?? Oldest) > 0;

    private static readonly CargoVersion Oldest = new(0, 0, 0);
}
