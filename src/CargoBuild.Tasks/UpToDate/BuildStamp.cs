namespace CargoBuild.UpToDate;

/// <summary>
/// What changes cargo's output without changing a file (<see cref="CargoBuildStamp"/>): one hash to compare, and its
/// parts, recorded so that a build that runs cargo again can say which of them changed.
/// </summary>
internal sealed record BuildStamp(string Value, IReadOnlyList<BuildStampPart> Parts)
{
    public const string CargoPart = "cargo";
    public const string ArgumentsPart = "arguments";
    public const string ToolchainPart = "toolchain";
    public const string EnvironmentPartPrefix = "env:";
    public const string CargoVariablePartPrefix = "set:";

    private const string Unknown = "the settings, environment or toolchain changed";

    /// <summary>Why this stamp is not the recorded one, naming the first part that differs.</summary>
    public string DescribeChangeFrom(IReadOnlyList<BuildStampPart> recorded)
    {
        // Every stamp has parts; a record without them can say no more.
        if (recorded.Count == 0)
        {
            return Unknown;
        }

        var before = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in recorded)
        {
            before[part.Name] = part.Hash;
        }

        foreach (var part in Parts)
        {
            if (!before.Remove(part.Name, out var hash))
            {
                return Describe(part.Name, "is set now");
            }

            if (hash != part.Hash)
            {
                return Describe(part.Name, "changed");
            }
        }

        return before.Count > 0 ? Describe(before.Keys.First(), "is not set any more") : Unknown;
    }

    private static string Describe(string name, string change) => name switch
    {
        CargoPart => "another cargo runs",
        ArgumentsPart => "cargo's command line changed",
        ToolchainPart => "the Rust toolchain changed",
        _ when name.StartsWith(EnvironmentPartPrefix, StringComparison.Ordinal) => $"the environment variable {name[EnvironmentPartPrefix.Length..]} {change}",
        _ when name.StartsWith(CargoVariablePartPrefix, StringComparison.Ordinal) =>
            $"the variable {name[CargoVariablePartPrefix.Length..]} that CargoBuild sets for cargo (CargoEnvironmentVariables, Environment metadata) {change}",
        _ => Unknown,
    };
}
