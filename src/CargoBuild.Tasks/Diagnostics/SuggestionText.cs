using System.Text;
using CargoBuild.CargoMessages;

namespace CargoBuild.Diagnostics;

/// <summary>
/// The code a rustc help suggests, as one line. rustc sends a suggestion as spans that each carry a replacement: one
/// span per part of an edit (`(` before an expression and `).to_string()` after it, in no particular order), and the
/// edits that are alternatives (one `use` line per candidate import) one after the other. An edit of one part shows its
/// replacement; an edit of several parts shows the source line(s) with every part applied, as rustc's rendering does.
/// </summary>
internal static class SuggestionText
{
    private const string Gap = " … ";

    /// <summary>Each edit in backticks, alternatives separated by " or "; null when the spans suggest nothing.</summary>
    public static string? Render(IReadOnlyList<RustcSpan> spans)
    {
        var parts = spans.Where(span => span.SuggestedReplacement is not null).ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        var edits = SplitIntoEdits(parts)
            .Select(Render)
            .Where(edit => edit.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Select(edit => $"`{edit}`")
            .ToList();
        return edits.Count == 0 ? null : string.Join(" or ", edits);
    }

    // The parts of one edit never overlap; an alternative edit starts over at the same place.
    private static List<List<RustcSpan>> SplitIntoEdits(List<RustcSpan> parts)
    {
        var edits = new List<List<RustcSpan>>();
        foreach (var part in parts)
        {
            if (edits.Count == 0 || edits[^1].Any(other => Overlap(other, part)))
            {
                edits.Add([]);
            }

            edits[^1].Add(part);
        }

        return edits;
    }

    private static bool Overlap(RustcSpan first, RustcSpan second) =>
        first.FileName == second.FileName
        && (Start(first) == Start(second) || (Start(first).CompareTo(End(second)) < 0 && Start(second).CompareTo(End(first)) < 0));

    private static string Render(List<RustcSpan> edit)
    {
        if (edit.Count == 1)
        {
            return OneLineText.Code(edit[0].SuggestedReplacement!);
        }

        var ordered = edit.OrderBy(Start).ToList();
        return OneLineText.Code(ApplyToSourceLines(ordered) ?? string.Join(Gap, ordered.Select(part => OneLineText.Code(part.SuggestedReplacement!))));
    }

    /// <summary>The changed lines with the parts applied, or null when rustc did not quote every line a part is on.</summary>
    private static string? ApplyToSourceLines(List<RustcSpan> ordered)
    {
        if (ordered.Any(part => part.LineStart != part.LineEnd || part.Source is not { } line || line.Contains('\n') || part.FileName != ordered[0].FileName))
        {
            return null;
        }

        var lines = new List<(int Number, string Text)>();
        foreach (var onOneLine in ordered.GroupBy(part => part.LineStart))
        {
            var source = onOneLine.First().Source!;
            var applied = new StringBuilder();
            var column = 0;
            foreach (var part in onOneLine)
            {
                var from = part.ColumnStart - 1;
                var to = part.ColumnEnd - 1;
                if (from < column || to < from || to > source.Length)
                {
                    return null;
                }

                applied.Append(source, column, from - column).Append(part.SuggestedReplacement);
                column = to;
            }

            applied.Append(source, column, source.Length - column);
            lines.Add((onOneLine.Key, applied.ToString().Trim()));
        }

        var joined = new StringBuilder(lines[0].Text);
        for (var index = 1; index < lines.Count; index++)
        {
            joined.Append(lines[index].Number == lines[index - 1].Number + 1 ? " " : Gap).Append(lines[index].Text);
        }

        return joined.ToString();
    }

    private static (int Line, int Column) Start(RustcSpan span) => (span.LineStart, span.ColumnStart);

    private static (int Line, int Column) End(RustcSpan span) => (span.LineEnd, span.ColumnEnd);
}
