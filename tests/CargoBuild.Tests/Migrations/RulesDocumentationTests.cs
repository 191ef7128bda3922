using System.Text;
using System.Text.RegularExpressions;
using CargoBuild.Migrations;

namespace CargoBuild.Tests.Migrations;

/// <summary>The rule table of docs/pyo3-migration-errors.md is the rule file's, with the pyo3 versions each rule was confirmed on.</summary>
public sealed partial class RulesDocumentationTests
{
    [Fact]
    public void DocsTableListsEveryRuleWithTheVersionsItWasConfirmedOn()
    {
        var docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "pyo3-migration-errors.md"));
        var start = docs.IndexOf("| Code | Rule id |", StringComparison.Ordinal);
        var end = docs.IndexOf("\n\n", start, StringComparison.Ordinal);
        var documented = docs[start..(end < 0 ? docs.Length : end)].TrimEnd();

        var expected = Table();

        Assert.True(expected == documented, $"docs/pyo3-migration-errors.md's rule table should read:\n{expected}");
    }

    private static string Table()
    {
        var table = new StringBuilder("| Code | Rule id | Step | Guide section | Shows in | Confirmed by a real build (pyo3 versions: recordings) |\n| --- | --- | --- | --- | --- | --- |");
        foreach (var rule in BuiltInRules.Rules.Rules)
        {
            var section = rule.Anchor is { } anchor ? $"`{anchor}`" : $"[link]({rule.Url})";
            var shows = rule.Signals.Count == 0 ? "—" : string.Join(", ", rule.Signals.Select(signal => signal.Source.ToString().ToLowerInvariant()).Distinct());
            var confirmations = rule.Signals.Select(signal => signal.Confirmed).OfType<string>().Select(text => Confirmation().Match(text)).Where(match => match.Success).ToList();
            var confirmed = confirmations.Count == 0
                ? "no"
                : $"{confirmations.Count} of {rule.Signals.Count(signal => signal.Source != SignalSource.Runtime)} signals, on " +
                  string.Join(", ", confirmations.GroupBy(match => match.Groups["version"].Value).OrderBy(group => CargoBuild.Versions.CargoVersion.Parse(group.Key))
                      .Select(group => $"{group.Key}: {string.Join(", ", group.Select(match => match.Groups["fixture"].Value).Distinct())}"));
            table.Append($"\n| {rule.Code} | {rule.Id} | {rule.Step ?? "—"} | {section} | {shows} | {confirmed} |");
        }

        return table.ToString();
    }

    // "rustc 1.95.0 with pyo3 0.22.6: tests/CargoBuild.Tests/Fixtures/pyo3-0.22/case.jsonl" → 0.22.6, pyo3-0.22/case
    [GeneratedRegex(@"with pyo3 (?<version>\S+): tests/CargoBuild\.Tests/Fixtures/(?<fixture>\S+?)(\.jsonl|\.stderr\.txt)$")]
    private static partial Regex Confirmation();
}
