using System.Text;

namespace CargoBuild.Diagnostics;

/// <summary>
/// Multi-line rustc text as one line: MSBuild's loggers repeat a diagnostic's location on every line of its message,
/// so one error of five lines would read as five errors.
/// </summary>
internal static class OneLineText
{
    /// <summary>
    /// Prose ("expected struct `A`\n   found struct `B`"): its lines, trimmed, separated by "; ", or by a space after a
    /// line that ends with a colon and so introduces the next ("implement trait `T`:\n  `u8` implements…"). A line in
    /// rustc's note style ("= help: …", as PyO3's macros write) loses its "= ", as the notes CargoBuild appends do.
    /// </summary>
    public static string Prose(string text)
    {
        if (!text.Contains('\n'))
        {
            return text;
        }

        var joined = new StringBuilder(text.Length);
        foreach (var line in Lines(text))
        {
            if (joined.Length > 0)
            {
                joined.Append(joined[^1] == ':' ? " " : "; ");
            }

            joined.Append(joined.Length > 0 && line.StartsWith("= ", StringComparison.Ordinal) ? line.AsSpan(2) : line);
        }

        return joined.ToString();
    }

    /// <summary>Code (a suggested `use` line, an attribute before an item): its lines, trimmed, separated by a space.</summary>
    public static string Code(string text) => text.Contains('\n') ? string.Join(' ', Lines(text)) : text;

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0);
}
