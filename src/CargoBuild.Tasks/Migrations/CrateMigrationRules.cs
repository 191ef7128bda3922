using CargoBuild.CargoMessages;
using CargoBuild.Diagnostics;

namespace CargoBuild.Migrations;

/// <summary>
/// The rules that apply to one crate. Each diagnostic is matched once against all of them, in file order, and the
/// first match wins: one pass over the message (<see cref="LiteralPrefilter"/>) rules out nearly every signal before
/// a pattern runs, a runaway pattern gives up after a timeout, and the context is assembled only when a message pattern has matched.
/// </summary>
public sealed class CrateMigrationRules(IReadOnlyList<ApplicableSignal> signals)
{
    private readonly LiteralPrefilter prefilter = new([.. signals.Select(applicable => applicable.Signal)]);

    public bool IsEmpty => signals.Count == 0;

    public MigrationMatch? Match(RustcDiagnostic diagnostic, SignalSource source)
    {
        var severity = diagnostic.Level == "warning" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
        var found = prefilter.Find(diagnostic.Message);
        string? context = null;
        for (var index = 0; index < signals.Count; index++)
        {
            var (rule, signal, version) = signals[index];
            if (signal.Source == source && signal.Level == severity && prefilter.IsCandidate(index, found) && signal.MatchesMessage(diagnostic.Message)
                && signal.MatchesContext(() => context ??= MigrationRuleSet.ContextOf(diagnostic)))
            {
                return new MigrationMatch(rule, signal, rule.Guide?.UrlFor(rule, version) ?? rule.Url ?? "");
            }
        }

        return null;
    }
}
