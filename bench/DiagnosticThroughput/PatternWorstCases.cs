using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using CargoBuild.Migrations;

/// <summary>
/// Runs every rule pattern over long texts made to be its worst case, as long as the matcher lets a message or a
/// context be: its own words repeated (so that every position starts a partial match), with and without spaces, and
/// runs of one character. Prints the costliest; a rule whose shape backtracks quadratically shows here in the tens of
/// milliseconds, where the built-in ones take a few.
/// </summary>
internal static partial class PatternWorstCases
{
    public static void Report(MigrationRuleSet rules, int shown)
    {
        var costs = new List<(double Milliseconds, string Case, string Pattern)>();
        foreach (var signal in rules.Rules.SelectMany(rule => rule.Signals))
        {
            foreach (var (pattern, length) in new[] { (signal.Message, CrateMigrationRules.MessageLimit), (signal.Context, CrateMigrationRules.ContextLimit) })
            {
                if (pattern is null)
                {
                    continue;
                }

                var source = pattern.ToString();
                foreach (var (name, text) in WorstCases(source, length))
                {
                    // The fastest of five runs: a busy machine stalls single runs, not all of them.
                    costs.Add((Enumerable.Range(0, 5).Min(_ => Cost(pattern, text)), name, source));
                }
            }
        }

        Console.WriteLine($"rule patterns on their worst-case texts ({costs.Count} runs), the costliest:");
        foreach (var (milliseconds, name, pattern) in costs.OrderByDescending(cost => cost.Milliseconds).Take(shown))
        {
            Console.WriteLine($"  {milliseconds:N2} ms on {name}: {pattern}");
        }
    }

    private static double Cost(Regex pattern, string text)
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

        return clock.Elapsed.TotalMilliseconds;
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
