using CargoBuild.Diagnostics;
using CargoBuild.Migrations;

namespace CargoBuild.Tests.Migrations;

/// <summary>The PyO3 migration rules the package ships (build/rules/pyo3-migration.toml), loaded once.</summary>
internal static class BuiltInRules
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Rules", "pyo3-migration.toml");

    private static readonly Lazy<(MigrationRuleSet Rules, IReadOnlyList<BuildDiagnostic> Errors)> Loaded = new(() =>
    {
        var errors = new List<BuildDiagnostic>();
        return (MigrationRuleSet.Load([Path], errors), errors);
    });

    public static MigrationRuleSet Rules => Loaded.Value.Rules;

    public static IReadOnlyList<BuildDiagnostic> Errors => Loaded.Value.Errors;

    /// <summary>
    /// A pyo3 version the code of a rule's breakage was written for: the step's old version ("0.20 → 0.21" → 0.20), or
    /// for a rule without a step a version older than any it applies to.
    /// </summary>
    public static CargoBuild.Versions.CargoVersion WrittenFor(MigrationRule rule) =>
        CargoBuild.Versions.CargoVersion.Parse(rule.Step?.Split('→')[0].Trim().Replace(".x", "", StringComparison.Ordinal) ?? "0.1");
}
