using CargoBuild.Versions;

namespace CargoBuild.Toolchain;

/// <summary>
/// The pyo3 version(s) a crate builds with: resolved from Cargo.lock, or, without a lock entry, the lowest version
/// the manifest's requirement admits. The location is the pyo3 dependency's line, for located errors.
/// </summary>
internal sealed record PyO3Resolution(IReadOnlyList<CargoVersion> Versions, string Source)
{
    public string? File { get; init; }
    public int Line { get; init; }
    public int Column { get; init; }
}
