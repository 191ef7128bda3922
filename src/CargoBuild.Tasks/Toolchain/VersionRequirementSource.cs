using CargoBuild.Versions;

namespace CargoBuild.Toolchain;

/// <summary>A minimum version and where it was asked for: a property, or a line of a manifest.</summary>
internal sealed record VersionRequirementSource(CargoVersion Version, string Text, string Origin)
{
    public string? File { get; init; }
    public int Line { get; init; }
    public int Column { get; init; }
}
