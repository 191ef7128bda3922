namespace CargoBuild.Diagnostics;

/// <summary>The toolchain gate's diagnostic codes (documented in docs/toolchain-gate.md).</summary>
internal static class ToolchainCodes
{
    public const string RustTooOld = "CB2001";
    public const string NotStableChannel = "CB2002";
    public const string PyO3NeedsNightly = "CB2003";
    public const string PyO3TooOld = "CB2004";
    public const string PyO3VersionsDiffer = "CB2005";
    public const string RustcNotFound = "CB2006";
    public const string RustcProbeFailed = "CB2007";
    public const string MalformedManifest = "CB2010";
    public const string MalformedLockFile = "CB2011";
    public const string InvalidVersion = "CB2012";
    public const string TargetNotInstalled = "CB2013";
}
