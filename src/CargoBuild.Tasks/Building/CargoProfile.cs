namespace CargoBuild.Building;

/// <summary>Which cargo profile a .NET configuration builds.</summary>
internal static class CargoProfile
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

}
