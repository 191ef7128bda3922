using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using CargoBuild.CargoMessages;
using CargoBuild.Migrations;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Migrations;

/// <summary>
/// No rule pattern costs more than a few milliseconds on any text the matcher gives it: each runs over long texts made
/// to be its worst case — its own words repeated (so that every position starts a partial match), with and without
/// spaces, and runs of one character — as long as the matcher lets a message or a context be. The timings run alone,
/// not beside other tests.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed partial class PatternCostTests
{
    // Several times what the worst built-in pattern takes (~4 ms, measured beside other builds); the quadratic shapes took 50 to 200 ms.
    private static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(25);

    public static TheoryData<string> Rules() => [.. BuiltInRules.Rules.Rules.Select(rule => rule.Id).Distinct()];

    [Theory]
    [MemberData(nameof(Rules))]
    public void NoPatternOfTheRuleIsCostlyOnLongRepetitiveText(string ruleId)
    {
        var slow = new List<string>();
        foreach (var signal in BuiltInRules.Rules.Rules.Where(rule => rule.Id == ruleId).SelectMany(rule => rule.Signals))
        {
            foreach (var (pattern, length) in new[] { (signal.Message, CrateMigrationRules.MessageLimit), (signal.Context, CrateMigrationRules.ContextLimit) })
            {
                if (pattern is null)
                {
                    continue;
                }

                foreach (var (name, text) in WorstCases(pattern.ToString(), length))
                {
                    // The fastest of five runs: a busy machine stalls single runs, not all of them.
                    var fastest = Enumerable.Range(0, 5).Min(_ => Cost(pattern, text));
                    if (fastest > Limit)
                    {
                        slow.Add($"{fastest.TotalMilliseconds:N1} ms on {name}: {pattern}");
                    }
                }
            }
        }

        Assert.Empty(slow);
    }

    [Fact]
    public void TheMatcherGivesPatternsNoMoreThanItsLimits()
    {
        var rules = BuiltInRules.Rules.For(new Dictionary<string, CargoVersion> { ["pyo3"] = CargoVersion.Parse("0.17.3") });
        var head = "mismatched types";
        var longContext = string.Concat(Enumerable.Repeat("note: expected `usize`, found `i32` ", 2000));
        var diagnostic = new RustcDiagnostic(head + new string(' ', 100_000), "E0308", "error",
            [], [new RustcDiagnostic(longContext + "get_item", null, "note", [], [], null)], null);
        var clock = Stopwatch.StartNew();
        var match = rules.Match(diagnostic, SignalSource.Rustc, CargoVersion.Parse("0.14.0"));

        // get_item lies beyond the context's limit: the rule that needs it does not see it.
        Assert.Null(match);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{clock.Elapsed.TotalMilliseconds:N0} ms");
    }

    private static TimeSpan Cost(Regex pattern, string text)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // Counted by its time: the timeout is a backstop, not a way to be fast.
        }

        return clock.Elapsed;
    }

    private static IEnumerable<(string Name, string Text)> WorstCases(string pattern, int length)
    {
        var words = string.Join(" ", Words().Matches(pattern).Select(match => match.Value));
        yield return ("its words", Repeated(words + " ", length));
        yield return ("its words without spaces", Repeated(words.Replace(" ", "", StringComparison.Ordinal), length));
        foreach (var unit in new[] { "a", " ", "`", "<", "&", "\n", "_", "::" })
        {
            yield return ($"'{unit}' repeated", Repeated(unit, length));
        }
    }

    private static string Repeated(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
        {
            text.Append(unit.Length == 0 ? "x" : unit);
        }

        return text.ToString(0, length);
    }

    [GeneratedRegex(@"[A-Za-z_][A-Za-z_0-9]*|[`<>&:,']")]
    private static partial Regex Words();
}
