namespace CargoBuild.Building;

/// <summary>
/// Environment variables for cargo as MSBuild users write them (CargoEnvironmentVariables, and Environment metadata
/// on a CargoCrate), like Exec's EnvironmentVariables: NAME=value entries separated by semicolons. A value may hold
/// '='; an empty entry is ignored.
/// </summary>
internal static class EnvironmentVariableList
{
    /// <summary>The variables in order of appearance (a later one of the same name wins); null with the first malformed entry.</summary>
    public static IReadOnlyDictionary<string, string>? Parse(string? text, out string? malformedEntry)
    {
        malformedEntry = null;
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in (text ?? "").Split(';'))
        {
            if (entry.Trim().Length == 0)
            {
                continue;
            }

            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? "" : entry[..equals].Trim();
            if (name.Length == 0 || name.Any(char.IsWhiteSpace))
            {
                malformedEntry = entry.Trim();
                return null;
            }

            variables[name] = entry[(equals + 1)..];
        }

        return variables;
    }
}
