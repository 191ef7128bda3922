namespace CargoBuild.Versions;

/// <summary>One comparator of a requirement, as the half-open range it admits: [Minimum, Maximum).</summary>
internal sealed record VersionBound(CargoVersion? Minimum, CargoVersion? ExclusiveMaximum, CargoVersion? PreReleaseAnchor)
{
    public bool Admits(CargoVersion version) =>
        (Minimum is null || version >= Minimum) && (ExclusiveMaximum is null || version < ExclusiveMaximum);
}
