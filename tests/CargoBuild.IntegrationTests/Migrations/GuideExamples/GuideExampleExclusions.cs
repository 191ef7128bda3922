using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Migrations.GuideExamples;

/// <summary>
/// The committed table of guide examples that need no link (guide-example-exclusions.tsv beside this file):
/// pyo3 minor version, section anchor, ordinal of the example in its section, kind, reason.
/// </summary>
public static class GuideExampleExclusions
{
    /// <summary>
    /// fragment: hidden and shown lines do not make a program alone; feature: needs a pyo3 feature this release does not
    /// have; unrelated: fails for a reason other than the section's change (the reason says which); compiles: builds on
    /// this release; ignored: rustdoc's ignore, never compiled by PyO3; runtime: the change shows only when Python runs.
    /// </summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { "fragment", "feature", "unrelated", "compiles", "ignored", "runtime" };

    public static string TablePath => Path.Combine(RepositoryRootAttribute.Value, "tests", "CargoBuild.IntegrationTests", "Migrations", "GuideExamples", "guide-example-exclusions.tsv");

    public static IReadOnlyList<GuideExampleExclusion> Load() =>
        [.. File.ReadAllLines(TablePath)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t') switch
            {
                [var minor, var anchor, var ordinal, var kind, var reason] when int.TryParse(ordinal, out var number) && Kinds.Contains(kind) && reason.Length > 0 =>
                    new GuideExampleExclusion(minor, anchor, number, kind, reason),
                _ => throw new FormatException($"{TablePath}: '{line}' is not 'minor<TAB>anchor<TAB>ordinal<TAB>kind<TAB>reason' with a kind of {string.Join(", ", Kinds)}."),
            })];
}
