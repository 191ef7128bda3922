using CargoBuild.Diagnostics;

namespace CargoBuild.CargoErrors;

/// <summary>
/// Cargo's own errors and warnings, and whether cargo said a crate "could not compile" (rustc's diagnostics for that
/// arrive separately, as JSON).
/// </summary>
internal sealed record CargoStderrResult(IReadOnlyList<BuildDiagnostic> Diagnostics, bool SawCompileFailureSummary);
