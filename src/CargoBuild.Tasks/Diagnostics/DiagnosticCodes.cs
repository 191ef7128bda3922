namespace CargoBuild.Diagnostics;

/// <summary>
/// CargoBuild's diagnostic codes for running cargo (documented in docs/diagnostic-codes.md and, for cargo's own errors,
/// docs/diagnostic-codes-cargo.md); the toolchain gate's are <see cref="ToolchainCodes"/>. A test checks that the docs
/// list exactly these.
/// </summary>
internal static class DiagnosticCodes
{
    public const string CargoError = "CB1001";
    public const string CargoManifestError = "CB1002";
    public const string BuildScriptFailed = "CB1003";
    public const string DependencyResolutionFailed = "CB1004";
    public const string RustVersionOfPackageNotMet = "CB1005";
    public const string CargoWarning = "CB1006";
    public const string CargoNotFound = "CB1010";
    public const string CrateNotFound = "CB1011";
    public const string CargoFailedToStart = "CB1012";
    public const string CargoFailedWithoutDiagnostic = "CB1013";
    public const string UnreadableCargoMessage = "CB1014";
    public const string NoNativeLibrary = "CB1015";
    public const string UnknownRuntimeIdentifier = "CB1016";
    public const string BuildCancelled = "CB1017";
    public const string CargoMetadataFailed = "CB1018";
    public const string CargoCleanFailed = "CB1019";
    public const string InvalidUpgradedFrom = "CB1020";
    public const string InvalidEnvironmentVariable = "CB1021";
    public const string TargetNotForRuntimeIdentifier = "CB1022";
    public const string UnknownWindowsAbi = "CB1023";
    public const string ArtifactMissing = "CB1024";
    public const string StaticLibraryWithoutNativeAot = "CB1028";
    public const string StaticLibraryLinkArgumentsUnknown = "CB1029";
    public const string ArtifactOutsideTargetDirectory = "CB1030";

    /// <summary>Reported by the CargoBuild target (build/CargoBuild.targets): a GeneratedCompile file is not there after cargo ran.</summary>
    public const string GeneratedCompileMissing = "CB1031";
    public const string RustcWrapperNotFound = "CB1032";
    public const string InternalError = "CB1099";
    public const string RuleFileError = "CB3001";
}
