using CargoBuild.Diagnostics;

namespace CargoBuild.Toolchain;

/// <summary>The gate's result for one crate: its errors, or the one line that says what was checked.</summary>
internal sealed record ToolchainVerdict(IReadOnlyList<BuildDiagnostic> Errors, string Summary)
{
    public bool Passed => Errors.Count == 0;
}
