namespace CargoBuild.Surface;

/// <summary>
/// The properties CargoBuild's targets read: its own, and the SDK's that change what it does. docs/reference.md
/// documents exactly these; tests check that against build/ and the tasks' parameters.
/// </summary>
internal static class MSBuildProperties
{
    public const string CargoPath = "CargoPath";
    public const string CargoTargetDir = "CargoTargetDir";
    public const string CargoProfile = "CargoProfile";
    public const string CargoOffline = "CargoOffline";
    public const string CargoEnvironmentVariables = "CargoEnvironmentVariables";
    public const string CargoRustcWrapper = "CargoRustcWrapper";
    public const string CargoDiagnosticEndPositions = "CargoDiagnosticEndPositions";
    public const string CargoLocked = "CargoLocked";
    public const string CargoBuildEnabled = "CargoBuildEnabled";
    public const string CargoWindowsAbi = "CargoWindowsAbi";
    public const string CargoPackRuntimeIdentifiers = "CargoPackRuntimeIdentifiers";
    public const string CargoBuildDependsOn = "CargoBuildDependsOn";
    public const string CargoBuildPyO3MigrationRules = "CargoBuildPyO3MigrationRules";
    public const string CargoBuildTasksAssembly = "CargoBuildTasksAssembly";
    public const string RustToolchainCheckEnabled = "RustToolchainCheckEnabled";
    public const string RustMinimumVersion = "RustMinimumVersion";
    public const string RustRequireStable = "RustRequireStable";
    public const string PyO3MinimumVersion = "PyO3MinimumVersion";
    public const string PyO3UpgradedFrom = "PyO3UpgradedFrom";

    // The SDK's, with a meaning for the cargo build too.
    public const string TreatWarningsAsErrors = "TreatWarningsAsErrors";
    public const string WarningsNotAsErrors = "WarningsNotAsErrors";
    public const string NoWarn = "NoWarn";
    public const string WarningsAsErrors = "WarningsAsErrors";
    public const string BuildingInsideVisualStudio = "BuildingInsideVisualStudio";
    public const string ContinuousIntegrationBuild = "ContinuousIntegrationBuild";
    public const string RuntimeIdentifier = "RuntimeIdentifier";
    public const string RuntimeIdentifiers = "RuntimeIdentifiers";
    public const string PublishAot = "PublishAot";
    public const string IsRidAgnostic = "IsRidAgnostic";
}
