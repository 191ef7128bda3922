using System.Text;

namespace CargoBuild.Tests;

/// <summary>A Markdown file of the repository's docs, read the way GitHub renders it: headings with their anchors, table rows with their cells.</summary>
internal sealed class MarkdownFile
{
    public MarkdownFile(string relativePath)
    {
        RelativePath = relativePath;
        Lines = File.ReadAllLines(Path.Combine(Repository.Root, relativePath));
        Headings = ReadHeadings(Lines);
    }

    /// <summary>The path from the repository root, with '/' (as the docs link it).</summary>
    public string RelativePath { get; }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>Each heading outside code blocks: its anchor (GitHub's), level and line index.</summary>
    public IReadOnlyList<(string Anchor, int Level, int Line)> Headings { get; }

    /// <summary>The line indexes of the section a heading starts, up to the next heading of its level or above.</summary>
    public Range SectionOf(string anchor)
    {
        var index = Headings.ToList().FindIndex(heading => heading.Anchor == anchor);
        if (index < 0)
        {
            throw new KeyNotFoundException($"{RelativePath} has no heading with the anchor #{anchor}");
        }

        var (_, level, line) = Headings[index];
        var end = Headings.Skip(index + 1).FirstOrDefault(heading => heading.Level <= level) is { Anchor: not null } next ? next.Line : Lines.Count;
        return line..end;
    }

    /// <summary>The anchor of the heading a line is under; null above the first heading.</summary>
    public string? AnchorAbove(int line) => Headings.LastOrDefault(heading => heading.Line < line).Anchor;

    /// <summary>The rows (as cells) of every table whose header row starts with these cells, with each row's line index.</summary>
    public IEnumerable<(IReadOnlyList<string> Cells, int Line)> TableRows(params string[] header)
    {
        var inTable = false;
        var previousIsTable = false;
        for (var line = 0; line < Lines.Count; line++)
        {
            var isTable = Lines[line].StartsWith('|');
            var startsTable = isTable && !previousIsTable;
            previousIsTable = isTable;
            if (!isTable || Lines[line].StartsWith("| ---", StringComparison.Ordinal))
            {
                inTable &= isTable;
                continue;
            }

            var cells = Cells(Lines[line]);
            if (startsTable)
            {
                inTable = cells.Count >= header.Length && cells.Take(header.Length).SequenceEqual(header);
            }
            else if (inTable)
            {
                yield return (cells, line);
            }
        }
    }

    /// <summary>GitHub's anchor for a heading: lower case, punctuation removed, spaces as hyphens.</summary>
    public static string Anchor(string headingText)
    {
        var anchor = new StringBuilder();
        foreach (var character in headingText.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(character) || character is '-' or '_')
            {
                anchor.Append(character);
            }
            else if (character == ' ')
            {
                anchor.Append('-');
            }
        }

        return anchor.ToString();
    }

    /// <summary>The names written as code (between backticks) in a table cell.</summary>
    public static IReadOnlyList<string> CodeSpans(string cell) =>
        [.. cell.Split('`').Where((_, index) => index % 2 == 1)];

    // A | inside backticks or escaped is part of the cell.
    private static List<string> Cells(string row)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var inCode = false;
        for (var index = 1; index < row.Length; index++)
        {
            var character = row[index];
            if (character == '`')
            {
                inCode = !inCode;
            }

            if (character == '|' && !inCode && row[index - 1] != '\\')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(character);
            }
        }

        return cells;
    }

    private static List<(string, int, int)> ReadHeadings(IReadOnlyList<string> lines)
    {
        var headings = new List<(string, int, int)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var inFence = false;
        for (var line = 0; line < lines.Count; line++)
        {
            if (lines[line].StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }

            var level = lines[line].TakeWhile(character => character == '#').Count();
            if (inFence || level is 0 or > 6 || lines[line].Length <= level || lines[line][level] != ' ')
            {
                continue;
            }

            var anchor = Anchor(lines[line][level..]);
            // GitHub numbers repeated anchors: #usage, #usage-1, ...
            var repeat = seen.GetValueOrDefault(anchor);
            seen[anchor] = repeat + 1;
            headings.Add((repeat == 0 ? anchor : $"{anchor}-{repeat}", level, line));
        }

        return headings;
    }
}
