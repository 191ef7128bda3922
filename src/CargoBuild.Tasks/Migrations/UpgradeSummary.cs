using System.Text;
using CargoBuild.Diagnostics;

namespace CargoBuild.Migrations;

/// <summary>
/// The breaking changes a build's diagnostics came from, in step order, each with how many diagnostics it explains
/// and its link: read once at the end of the build, it says what the upgrade costs.
/// </summary>
internal sealed class UpgradeSummary
{
    // Classes, not value tuples: collections of classes run precompiled code, collections of tuples are JIT-compiled.
    // Made at the first breaking change: a build without one (every no-op build) never loads their types.
    private Dictionary<MigrationRule, BreakingChangeCount>? changes;
    private HashSet<DiagnosticPlace>? counted;

    public bool IsEmpty => changes is not { Count: > 0 };

    public void Add(MigrationMatch match, BuildDiagnostic rewritten)
    {
        // rustc repeats some diagnostics (per target, or twice at one place); one place counts once.
        if (match.Kind != MigrationKind.BreakingChange || !(counted ??= []).Add(new DiagnosticPlace(rewritten.File, rewritten.Line, rewritten.Column, rewritten.Message)))
        {
            return;
        }

        Count(match, 1);
    }

    public void AddRange(UpgradeSummary other)
    {
        if (other.changes is null)
        {
            return;
        }

        foreach (var (first, count) in other.changes.Values)
        {
            Count(first, count);
        }
    }

    // The first match of a change stands for it (its link and the upgrade it names); later ones only add to its count.
    private void Count(MigrationMatch match, int count)
    {
        changes ??= [];
        changes[match.Rule] = changes.TryGetValue(match.Rule, out var known) ? known with { Count = known.Count + count } : new BreakingChangeCount(match, count);
    }

    /// <summary>One line per breaking change, oldest step first, under a heading that names the upgrade when it is known.</summary>
    public string? Describe() => changes is { Count: > 0 } counts ? Describe(counts) : null;

    // Apart from the check above, which every build makes: the runtime prepares what a method names when it first runs it.
    private static string Describe(Dictionary<MigrationRule, BreakingChangeCount> changes)
    {
        var ordered = changes.Values.OrderBy(change => change.First.Rule.StepTo ?? CrateMigrationRules.Oldest).ThenBy(change => change.First.Rule.Code, StringComparer.Ordinal).ToList();
        var upgrades = ordered.Select(change => change.First).Where(match => match.UpgradedFrom is not null)
            .Select(match => $"{match.Rule.Package} {match.UpgradedFrom} → {match.Resolved}").Distinct().ToList();
        var total = ordered.Sum(change => change.Count);
        var text = new StringBuilder(upgrades.Count > 0 ? $"Upgrade {string.Join(", ", upgrades)}: " : "Upgrade: ")
            .Append($"{total} diagnostic{(total == 1 ? "" : "s")} come{(total == 1 ? "s" : "")} from {ordered.Count} breaking change{(ordered.Count == 1 ? "" : "s")}:");
        foreach (var (first, count) in ordered)
        {
            text.Append(Environment.NewLine).Append($"  {first.Rule.Code} {first.Rule.Step ?? first.Rule.Package}: {first.Rule.Title} ({count}) {first.Url}");
        }

        return text.ToString();
    }
}
