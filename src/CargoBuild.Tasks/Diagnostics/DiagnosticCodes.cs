namespace CargoBuild.Diagnostics;

/// <summary>
/// The catalog of CargoBuild's own diagnostic codes: every code the tasks and the targets report, with its severity,
/// title and the docs section that explains it. rustc's codes and the PyO3 migration rules' codes (from the rule
/// files) are not CargoBuild's and are not here. Tests check that the docs list exactly these, with these severities,
/// under the headings named here, and that docs/reference.md indexes them.
/// </summary>
internal static class DiagnosticCodes
{
    private const string CargoErrors = "docs/diagnostic-codes-cargo.md#codes";
    private const string RunningCargo = "docs/diagnostic-codes.md#finding-and-running-cargo";
    private const string Settings = "docs/diagnostic-codes.md#settings-and-crate-items";
    private const string Artifacts = "docs/diagnostic-codes.md#what-cargo-built";
    private const string ToolchainGate = "docs/toolchain-gate.md#diagnostic-codes";

    public static readonly DiagnosticCode CargoError = new("CB1001", DiagnosticSeverity.Error, "any other error of cargo's", CargoErrors);
    public static readonly DiagnosticCode CargoManifestError = new("CB1002", DiagnosticSeverity.Error, "cargo rejects a manifest", CargoErrors);
    public static readonly DiagnosticCode BuildScriptFailed = new("CB1003", DiagnosticSeverity.Error, "a build script failed", CargoErrors);
    public static readonly DiagnosticCode DependencyResolutionFailed = new("CB1004", DiagnosticSeverity.Error, "dependency resolution or the lock file failed", CargoErrors);
    public static readonly DiagnosticCode RustVersionOfPackageNotMet = new("CB1005", DiagnosticSeverity.Error, "the toolchain is older than a package's rust-version (cargo's check)", CargoErrors);
    public static readonly DiagnosticCode CargoWarning = new("CB1006", DiagnosticSeverity.Warning, "a warning of cargo's", CargoErrors);
    public static readonly DiagnosticCode CargoNotFound = new("CB1010", DiagnosticSeverity.Error, "cargo was not found", RunningCargo);
    public static readonly DiagnosticCode CrateNotFound = new("CB1011", DiagnosticSeverity.Error, "a CargoCrate item points to no Cargo.toml", Settings);
    public static readonly DiagnosticCode CargoFailedToStart = new("CB1012", DiagnosticSeverity.Error, "cargo could not be started", RunningCargo);
    public static readonly DiagnosticCode CargoFailedWithoutDiagnostic = new("CB1013", DiagnosticSeverity.Error, "cargo failed without a diagnostic CargoBuild could read", RunningCargo);
    public static readonly DiagnosticCode UnreadableCargoMessage = new("CB1014", DiagnosticSeverity.Warning, "a line of cargo's output is not valid JSON", Artifacts);
    public static readonly DiagnosticCode NoNativeLibrary = new("CB1015", DiagnosticSeverity.Warning, "a crate built no native library and no program", Artifacts);
    public static readonly DiagnosticCode UnknownRuntimeIdentifier = new("CB1016", DiagnosticSeverity.Error, "no Rust target is known for the RuntimeIdentifier", Settings);
    public static readonly DiagnosticCode BuildCancelled = new("CB1017", DiagnosticSeverity.Error, "the build was cancelled while cargo ran", RunningCargo);
    public static readonly DiagnosticCode CargoMetadataFailed = new("CB1018", DiagnosticSeverity.Error, "cargo metadata failed", RunningCargo);
    public static readonly DiagnosticCode CargoCleanFailed = new("CB1019", DiagnosticSeverity.Warning, "cargo clean failed", RunningCargo);
    public static readonly DiagnosticCode InvalidUpgradedFrom = new("CB1020", DiagnosticSeverity.Error, "PyO3UpgradedFrom is not a version", Settings);
    public static readonly DiagnosticCode InvalidEnvironmentVariable = new("CB1021", DiagnosticSeverity.Error, "an environment variable entry is not NAME=value", Settings);
    public static readonly DiagnosticCode TargetNotForRuntimeIdentifier = new("CB1022", DiagnosticSeverity.Error, "a crate's TargetTriple is for another RuntimeIdentifier", Settings);
    public static readonly DiagnosticCode UnknownWindowsAbi = new("CB1023", DiagnosticSeverity.Error, "the Windows ABI is not msvc, gnu or gnullvm", Settings);
    public static readonly DiagnosticCode ArtifactMissing = new("CB1024", DiagnosticSeverity.Error, "cargo reported building a file that does not exist", Artifacts);
    public static readonly DiagnosticCode StaticLibraryWithoutNativeAot = new("CB1028", DiagnosticSeverity.Warning, "a static library and no cdylib, without NativeAOT", Artifacts);
    public static readonly DiagnosticCode StaticLibraryLinkArgumentsUnknown = new("CB1029", DiagnosticSeverity.Warning, "rustc could not tell a static library's native libraries", Artifacts);
    public static readonly DiagnosticCode ArtifactOutsideTargetDirectory = new("CB1030", DiagnosticSeverity.Warning, "an artifact outside the crate's target folder", Artifacts);

    /// <summary>Reported by the CargoBuild target (build/CargoBuild.targets): a GeneratedCompile file is not there after cargo ran.</summary>
    public static readonly DiagnosticCode GeneratedCompileMissing = new("CB1031", DiagnosticSeverity.Error, "a GeneratedCompile file is not there after cargo ran", Artifacts);
    public static readonly DiagnosticCode RustcWrapperNotFound = new("CB1032", DiagnosticSeverity.Error, "a rustc wrapper is not there", RunningCargo);
    public static readonly DiagnosticCode InternalError = new("CB1099", DiagnosticSeverity.Error, "a bug in CargoBuild", "docs/diagnostic-codes.md#a-bug-in-cargobuild");

    public static readonly DiagnosticCode RustTooOld = new("CB2001", DiagnosticSeverity.Error, "the toolchain is older than the required Rust", ToolchainGate);
    public static readonly DiagnosticCode NotStableChannel = new("CB2002", DiagnosticSeverity.Error, "the toolchain is not stable and RustRequireStable is true", ToolchainGate);
    public static readonly DiagnosticCode PyO3NeedsNightly = new("CB2003", DiagnosticSeverity.Error, "pyo3 before 0.11 needs a nightly compiler", ToolchainGate);
    public static readonly DiagnosticCode PyO3TooOld = new("CB2004", DiagnosticSeverity.Error, "pyo3 is older than PyO3MinimumVersion", ToolchainGate);
    public static readonly DiagnosticCode PyO3VersionsDiffer = new("CB2005", DiagnosticSeverity.Error, "more than one pyo3 version in the crate's graph", ToolchainGate);
    public static readonly DiagnosticCode RustcNotFound = new("CB2006", DiagnosticSeverity.Error, "rustc was not found", ToolchainGate);
    public static readonly DiagnosticCode RustcProbeFailed = new("CB2007", DiagnosticSeverity.Error, "rustc -vV failed", ToolchainGate);
    public static readonly DiagnosticCode MalformedManifest = new("CB2010", DiagnosticSeverity.Error, "Cargo.toml is not valid TOML", ToolchainGate);
    public static readonly DiagnosticCode MalformedLockFile = new("CB2011", DiagnosticSeverity.Error, "Cargo.lock is not valid", ToolchainGate);
    public static readonly DiagnosticCode InvalidVersion = new("CB2012", DiagnosticSeverity.Error, "a version setting or requirement cannot be read", ToolchainGate);
    public static readonly DiagnosticCode TargetNotInstalled = new("CB2013", DiagnosticSeverity.Error, "the target's standard library is not installed", ToolchainGate);

    public static readonly DiagnosticCode RuleFileError = new("CB3001", DiagnosticSeverity.Error, "a rule file has a mistake", "docs/diagnostic-codes.md#rule-files");
}
