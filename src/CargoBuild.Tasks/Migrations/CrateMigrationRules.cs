using CargoBuild.CargoMessages;
using CargoBuild.Diagnostics;

namespace CargoBuild.Migrations;

/// <summary>
/// The rules that apply to one crate. Each diagnostic is matched once against all of them, in file order, and the
/// first match wins: a substring search per signal (linear in the diagnostic's size) rules out nearly every signal
/// before a pattern runs, and the context is assembled only when a message pattern has matched.
/// </summary>
public sealed class CrateMigrationRules(IReadOnlyList<ApplicableSignal> signals)
{
    public bool IsEmpty => signals.Count == 0;

    public MigrationMatch? Match(RustcDiagnostic diagnostic, SignalSource source)
    {
        var severity = diagnostic.Level == "warning" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
        string? context = null;
        foreach (var (rule, signal, version) in signals)
        {
            if (signal.Source == source && signal.Level == severity && signal.MatchesMessage(diagnostic.Message)
                && signal.MatchesContext(() => context ??= MigrationRuleSet.ContextOf(diagnostic)))
            {
                return new MigrationMatch(rule, signal, rule.Guide?.UrlFor(rule, version) ?? rule.Url ?? "");
            }
        }

        return null;
    }
}
