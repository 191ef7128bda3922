using CargoBuild.CargoMessages;
using CargoBuild.Diagnostics;
using CargoBuild.Versions;

namespace CargoBuild.Migrations;

/// <summary>
/// Applies the rules to one crate's diagnostics as they stream. The crate's resolved dependency versions, and with
/// them the rules that apply, are worked out on the first diagnostic (cargo has written Cargo.lock by then), once,
/// as are the rules themselves and the pyo3 version the code was written for; an unmatched diagnostic passes
/// unchanged. The breaking changes of the diagnostics reported are kept for the build's upgrade summary.
/// </summary>
internal sealed class DiagnosticRewriter(
    Func<MigrationRuleSet> rules,
    Func<IReadOnlyDictionary<string, CargoVersion>> resolveDependencies,
    Func<CargoVersion?>? upgradedFrom = null)
{
    private readonly Lazy<CrateMigrationRules?> applicable = new(() => rules() is { Rules.Count: > 0 } ruleSet ? ruleSet.For(resolveDependencies()) : null);
    private readonly Lazy<CargoVersion?> from = new(() => upgradedFrom?.Invoke());

    public UpgradeSummary Summary { get; } = new();

    /// <summary>
    /// What the diagnostic becomes, without counting it yet: a diagnostic held back until its compilation ends may
    /// still merge with a twin, and only what is reported counts in the summary.
    /// </summary>
    public RewrittenDiagnostic Prepare(RustcDiagnostic original, BuildDiagnostic mapped, SignalSource source) =>
        applicable.Value is { IsEmpty: false } crateRules && crateRules.Match(original, source, from.Value) is { } match
            ? new RewrittenDiagnostic(match.Rewrite(mapped), match)
            : new RewrittenDiagnostic(mapped, null);

    /// <summary>The prepared diagnostic is reported: its breaking change counts in the summary.</summary>
    public BuildDiagnostic Commit(RewrittenDiagnostic prepared)
    {
        if (prepared.Match is { } match)
        {
            Summary.Add(match, prepared.Diagnostic);
        }

        return prepared.Diagnostic;
    }

    public BuildDiagnostic Rewrite(RustcDiagnostic original, BuildDiagnostic mapped, SignalSource source) =>
        Commit(Prepare(original, mapped, source));

    /// <summary>cargo's own errors go through the same rules, as diagnostics without spans.</summary>
    public BuildDiagnostic RewriteCargoError(BuildDiagnostic cargoError) =>
        Rewrite(new RustcDiagnostic(cargoError.Message, null, cargoError.Severity == DiagnosticSeverity.Warning ? "warning" : "error", [], [], null),
            cargoError, SignalSource.Cargo);
}
