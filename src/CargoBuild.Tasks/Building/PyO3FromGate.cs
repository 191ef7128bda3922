using CargoBuild.Versions;

namespace CargoBuild.Building;

/// <summary>What the toolchain gate found for a crate: whether it checked it, and the pyo3 in the crate's graph (null: none).</summary>
internal readonly record struct PyO3FromGate(bool Checked, CargoVersion? Version);
