namespace CargoBuild.Toolchain;

/// <summary>The user's toolchain policy for one crate (properties, overridden by CargoCrate metadata).</summary>
internal sealed record ToolchainSettings(VersionRequirementSource? RustMinimum, bool RequireStable, VersionRequirementSource? PyO3Minimum);
