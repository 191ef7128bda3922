namespace CargoBuild.Surface;

/// <summary>
/// The metadata of RustToolchainCheckedCrate items: what the toolchain gate found for a crate, handed to CargoCompile
/// (the toolchain's identity for the build stamp, pyo3's resolved version, the workspace).
/// </summary>
internal static class CheckedCrateMetadata
{
    public const string RustVersion = "RustVersion";
    public const string RustChannel = "RustChannel";
    public const string RustCommit = "RustCommit";
    public const string RustHost = "RustHost";
    public const string PyO3Version = "PyO3Version";
    public const string PyO3VersionSource = "PyO3VersionSource";
    public const string WorkspaceRoot = "WorkspaceRoot";
    public const string WorkspaceFiles = "WorkspaceFiles";
}
