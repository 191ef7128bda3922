using System.Text;
using System.Text.RegularExpressions;

namespace CargoBuild.Migrations;

/// <summary>
/// Finds text a pattern cannot match without: for each top-level alternative, its longest run of plain characters
/// outside groups, classes and quantifiers. A diagnostic that contains none of them cannot match, which an ordinal
/// substring search (linear in the diagnostic's size) tells before any regular expression runs.
/// </summary>
internal static partial class RequiredLiterals
{
    private const string Quantifiers = "?*+{";

    /// <summary>
    /// One literal per alternative (any one may be present), or null when some alternative has none, or when an inline
    /// option such as (?i) may make the pattern ignore case (an ordinal search would then miss what it matches).
    /// </summary>
    public static IReadOnlyList<string>? Of(string pattern)
    {
        if (InlineIgnoreCase().IsMatch(pattern))
        {
            return null;
        }

        var literals = new List<string>();
        foreach (var alternative in TopLevelAlternatives(pattern))
        {
            var longest = LongestRun(alternative);
            if (longest.Length == 0)
            {
                return null;
            }

            literals.Add(longest);
        }

        return literals;
    }

    private static IEnumerable<string> TopLevelAlternatives(string pattern)
    {
        var depth = 0;
        var inClass = false;
        var start = 0;
        for (var index = 0; index < pattern.Length; index++)
        {
            var character = pattern[index];
            if (character == '\\')
            {
                index++;
            }
            else if (inClass)
            {
                inClass = character != ']';
            }
            else if (character == '[')
            {
                inClass = true;
            }
            else if (character == '(')
            {
                depth++;
            }
            else if (character == ')')
            {
                depth--;
            }
            else if (character == '|' && depth == 0)
            {
                yield return pattern[start..index];
                start = index + 1;
            }
        }

        yield return pattern[start..];
    }

    private static string LongestRun(string alternative)
    {
        var longest = "";
        var run = new StringBuilder();
        var index = 0;
        while (index < alternative.Length)
        {
            var (literal, length) = ReadAtom(alternative, index);
            var quantified = index + length < alternative.Length && Quantifiers.Contains(alternative[index + length]);
            if (LookaheadLiteral(alternative, index) is { } required && !QuantifiedGroup(alternative, index))
            {
                // What a lookahead requires, the alternative requires: "^(?=[\s\S]*?A)(?=[\s\S]*?B)" needs A and B.
                Keep(run, ref longest);
                run.Append(required);
                Keep(run, ref longest);
                index = SkipAtom(alternative, index, length);
                continue;
            }

            if (literal is null || quantified)
            {
                Keep(run, ref longest);
                index = SkipAtom(alternative, index, length);
                continue;
            }

            run.Append(literal.Value);
            index += length;
        }

        Keep(run, ref longest);
        return longest;
    }

    // A plain or escaped punctuation character is literal; classes, groups, anchors, dots and \w-style escapes are not.
    private static (char? Literal, int Length) ReadAtom(string pattern, int index)
    {
        var character = pattern[index];
        if (character == '\\')
        {
            if (index + 1 >= pattern.Length)
            {
                return (null, 1);
            }

            var escaped = pattern[index + 1];
            return char.IsLetterOrDigit(escaped) ? (null, 2) : (escaped, 2);
        }

        return "^$.|()[]{}?*+".Contains(character) ? (null, 1) : (character, 1);
    }

    // The one literal a positive lookahead starting at index needs, or null (not a lookahead, or it has alternatives).
    private static string? LookaheadLiteral(string pattern, int index)
    {
        if (!pattern.AsSpan(index).StartsWith("(?=", StringComparison.Ordinal))
        {
            return null;
        }

        var close = ClosingOf(pattern, index);
        return Of(pattern[(index + 3)..close]) is [var literal] ? literal : null;
    }

    private static bool QuantifiedGroup(string pattern, int open)
    {
        var after = ClosingOf(pattern, open) + 1;
        return after < pattern.Length && Quantifiers.Contains(pattern[after]);
    }

    // Skips a whole group or class (its contents may be optional), then any quantifier after it.
    private static int SkipAtom(string pattern, int index, int length)
    {
        var end = index + length;
        if (pattern[index] is '(' or '[')
        {
            end = ClosingOf(pattern, index) + 1;
        }

        while (end < pattern.Length && Quantifiers.Contains(pattern[end]))
        {
            end = pattern[end] == '{' ? Math.Max(end + 1, pattern.IndexOf('}', end) + 1) : end + 1;
        }

        return end;
    }

    private static int ClosingOf(string pattern, int open)
    {
        var depth = 0;
        var inClass = false;
        for (var index = open; index < pattern.Length; index++)
        {
            var character = pattern[index];
            if (character == '\\')
            {
                index++;
            }
            else if (inClass)
            {
                if (character == ']' && index > open + 1)
                {
                    inClass = false;
                    if (pattern[open] == '[')
                    {
                        return index;
                    }
                }
            }
            else if (character == '[')
            {
                inClass = true;
            }
            else if (character == '(')
            {
                depth++;
            }
            else if (character == ')' && --depth == 0)
            {
                return index;
            }
        }

        return pattern.Length - 1;
    }

    private static void Keep(StringBuilder run, ref string longest)
    {
        if (run.Length > longest.Length)
        {
            longest = run.ToString();
        }

        run.Clear();
    }

    // "(?i)" or "(?mi:": an inline option group that turns case-insensitivity on ("(?-i)" turns it off).
    [GeneratedRegex(@"\(\?[mnsx]*i")]
    private static partial Regex InlineIgnoreCase();
}
