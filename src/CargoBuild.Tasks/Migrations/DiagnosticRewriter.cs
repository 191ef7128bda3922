using CargoBuild.CargoMessages;
using CargoBuild.Diagnostics;
using CargoBuild.Versions;

namespace CargoBuild.Migrations;

/// <summary>
/// Applies the rules to one crate's diagnostics as they stream. The crate's resolved dependency versions, and with
/// them the rules that apply, are worked out on the first diagnostic (cargo has written Cargo.lock by then), once,
/// as are the rules themselves; an unmatched diagnostic passes unchanged.
/// </summary>
public sealed class DiagnosticRewriter(Func<MigrationRuleSet> rules, Func<IReadOnlyDictionary<string, CargoVersion>> resolveDependencies)
{
    private readonly Lazy<CrateMigrationRules?> applicable = new(() => rules() is { Rules.Count: > 0 } ruleSet ? ruleSet.For(resolveDependencies()) : null);

    public BuildDiagnostic Rewrite(RustcDiagnostic original, BuildDiagnostic mapped, SignalSource source) =>
        applicable.Value is { IsEmpty: false } crateRules && crateRules.Match(original, source) is { } match ? match.Rewrite(mapped) : mapped;

    /// <summary>cargo's own errors go through the same rules, as diagnostics without spans.</summary>
    public BuildDiagnostic RewriteCargoError(BuildDiagnostic cargoError) =>
        Rewrite(new RustcDiagnostic(cargoError.Message, null, cargoError.Severity == DiagnosticSeverity.Warning ? "warning" : "error", [], [], null),
            cargoError, SignalSource.Cargo);
}
