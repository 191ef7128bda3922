namespace CargoBuild.Building;

/// <summary>
/// A <c>cfg(...)</c> key of cargo's config (<c>[target.'cfg(all(unix, target_env = "musl"))']</c>), evaluated against
/// what <c>rustc --print cfg --target &lt;triple&gt;</c> printed for the target: <c>name</c> and <c>name="value"</c> lines.
/// </summary>
internal static class CfgExpression
{
    /// <summary>True when <paramref name="key"/> is a cfg(...) that holds for the target; false for any other key or a malformed one.</summary>
    public static bool Matches(string key, IReadOnlySet<string> targetCfg)
    {
        var text = key.Trim();
        if (!text.StartsWith("cfg(", StringComparison.Ordinal) || !text.EndsWith(')'))
        {
            return false;
        }

        var position = 0;
        var inner = text[4..^1];
        var result = Predicate(inner, ref position, targetCfg);
        SkipSpace(inner, ref position);
        return result == true && position == inner.Length;
    }

    // null: malformed.
    private static bool? Predicate(string text, ref int position, IReadOnlySet<string> targetCfg)
    {
        SkipSpace(text, ref position);
        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
        {
            position++;
        }

        var name = text[start..position];
        if (name.Length == 0)
        {
            return null;
        }

        SkipSpace(text, ref position);
        if (position < text.Length && text[position] == '(' && name is "all" or "any" or "not")
        {
            position++;
            var values = new List<bool>();
            while (true)
            {
                SkipSpace(text, ref position);
                if (position < text.Length && text[position] == ')')
                {
                    position++;
                    break;
                }

                if (Predicate(text, ref position, targetCfg) is not { } value)
                {
                    return null;
                }

                values.Add(value);
                SkipSpace(text, ref position);
                if (position < text.Length && text[position] == ',')
                {
                    position++;
                }
            }

            return name switch
            {
                "all" => values.All(value => value),
                "any" => values.Any(value => value),
                _ => values.Count == 1 ? !values[0] : null,
            };
        }

        if (position < text.Length && text[position] == '=')
        {
            position++;
            SkipSpace(text, ref position);
            if (position >= text.Length || text[position] != '"')
            {
                return null;
            }

            var end = text.IndexOf('"', position + 1);
            if (end < 0)
            {
                return null;
            }

            var value = text[(position + 1)..end];
            position = end + 1;
            return targetCfg.Contains($"{name}=\"{value}\"");
        }

        return targetCfg.Contains(name);
    }

    private static void SkipSpace(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }
}
