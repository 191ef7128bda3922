namespace CargoBuild.Surface;

/// <summary>The item types CargoBuild's targets take and give (documented in docs/reference.md).</summary>
internal static class MSBuildItems
{
    public const string CargoCrate = "CargoCrate";
    public const string CargoDiagnosticRules = "CargoDiagnosticRules";
    public const string CargoNativeLibrary = "CargoNativeLibrary";
    public const string CargoExecutable = "CargoExecutable";
    public const string CargoStaticLibrary = "CargoStaticLibrary";
    public const string RustToolchainCheckedCrate = "RustToolchainCheckedCrate";
}
