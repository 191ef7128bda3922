using System.Text;

namespace CargoBuild.UpToDate;

/// <summary>
/// Reads the Makefile-style dep-info file cargo writes next to each artifact ("target: dep dep ..."), which lists
/// every source file of the local crates that went into it. Spaces inside paths are escaped with a backslash.
/// rustc's own dep-info (in deps/) also lists, as comments, the environment variables the crate read with env! or
/// option_env!: "# env-dep:NAME=value", or "# env-dep:NAME" for one that was unset.
/// </summary>
internal static class DepInfoFile
{
    public static IReadOnlyList<string> Dependencies(string text)
    {
        var dependencies = new List<string>();
        foreach (var rule in text.Replace("\\\r\n", " ", StringComparison.Ordinal).Replace("\\\n", " ", StringComparison.Ordinal).Split('\n'))
        {
            // A comment is no rule, even when it holds ": " (an env-dep's value may).
            var separator = rule.StartsWith('#') ? -1 : RuleSeparator(rule);
            if (separator < 0)
            {
                continue;
            }

            dependencies.AddRange(Paths(rule[(separator + 1)..]));
        }

        return [.. dependencies.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The names of the environment variables rustc recorded as read (its "# env-dep:" lines).</summary>
    public static IReadOnlyList<string> EnvironmentVariables(string text)
    {
        const string prefix = "# env-dep:";
        var names = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                var declaration = line[prefix.Length..].TrimEnd('\r');
                var equals = declaration.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? declaration : declaration[..equals];
                if (name.Length > 0 && !names.Contains(name, StringComparer.Ordinal))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    // The first unescaped ": " (a Windows drive letter's colon is followed by a backslash, not a space).
    private static int RuleSeparator(string rule)
    {
        for (var index = 0; index < rule.Length; index++)
        {
            if (rule[index] == '\\')
            {
                index++;
            }
            else if (rule[index] == ':' && (index + 1 == rule.Length || rule[index + 1] == ' '))
            {
                return index;
            }
        }

        return -1;
    }

    private static IEnumerable<string> Paths(string list)
    {
        var path = new StringBuilder();
        for (var index = 0; index < list.Length; index++)
        {
            var character = list[index];
            if (character == '\\' && index + 1 < list.Length && list[index + 1] == ' ')
            {
                path.Append(' ');
                index++;
            }
            else if (char.IsWhiteSpace(character))
            {
                if (path.Length > 0)
                {
                    yield return path.ToString();
                    path.Clear();
                }
            }
            else
            {
                path.Append(character);
            }
        }

        if (path.Length > 0)
        {
            yield return path.ToString();
        }
    }
}
