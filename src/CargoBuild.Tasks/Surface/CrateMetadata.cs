namespace CargoBuild.Surface;

/// <summary>
/// The metadata a CargoCrate item may carry: the names the tasks read and the targets and docs/reference.md document.
/// Tests check the three agree.
/// </summary>
internal static class CrateMetadata
{
    public const string Profile = "Profile";
    public const string Features = "Features";
    public const string NoDefaultFeatures = "NoDefaultFeatures";
    public const string Package = "Package";
    public const string TargetTriple = "TargetTriple";
    public const string WindowsAbi = "WindowsAbi";
    public const string CargoArgs = "CargoArgs";
    public const string Environment = "Environment";
    public const string CopyToOutput = "CopyToOutput";
    public const string CopyExecutables = "CopyExecutables";
    public const string PythonModule = "PythonModule";
    public const string RustcWrapper = "RustcWrapper";
    public const string GeneratedCompile = "GeneratedCompile";
    public const string PyO3UpgradedFrom = "PyO3UpgradedFrom";
    public const string RustMinimumVersion = "RustMinimumVersion";
    public const string PyO3MinimumVersion = "PyO3MinimumVersion";
    public const string RustRequireStable = "RustRequireStable";
}
