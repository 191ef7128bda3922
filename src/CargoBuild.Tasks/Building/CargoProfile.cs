namespace CargoBuild.Building;

/// <summary>Which cargo profile a .NET configuration builds, and the folder cargo writes it to.</summary>
public static class CargoProfile
{
    /// <summary>An explicit profile wins; otherwise Debug is cargo's dev profile and any other configuration is release.</summary>
    public static string For(string? configuration, string? explicitProfile)
    {
        if (!string.IsNullOrWhiteSpace(explicitProfile))
        {
            return explicitProfile!.Trim();
        }

        return string.Equals(configuration, "Debug", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(configuration)
            ? "dev"
            : "release";
    }

    /// <summary>cargo's output folder for a profile: dev and test share "debug", bench shares "release".</summary>
    public static string OutputFolder(string profile) => profile switch
    {
        "dev" or "test" => "debug",
        "bench" => "release",
        _ => profile,
    };
}
