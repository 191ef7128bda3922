namespace CargoBuild.Diagnostics;

/// <summary>CargoBuild's own diagnostic codes for running cargo (documented in docs/diagnostic-codes.md).</summary>
public static class DiagnosticCodes
{
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
    public const string InternalError = "CB1099";
}
