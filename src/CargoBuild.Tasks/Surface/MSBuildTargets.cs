namespace CargoBuild.Surface;

/// <summary>The targets of build/CargoBuild.targets a project may run or hook (documented in docs/reference.md).</summary>
internal static class MSBuildTargets
{
    public const string CargoBuild = "CargoBuild";
    public const string RustToolchainCheck = "RustToolchainCheck";
    public const string CargoClean = "CargoClean";
}
