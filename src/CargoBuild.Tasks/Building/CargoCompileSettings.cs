using CargoBuild.Diagnostics;

namespace CargoBuild.Building;

/// <summary>
/// The project's side of a build of its crates (CargoCompile's parameters); a crate's metadata overrides most.
/// <paramref name="StateDirectory"/> is where the state of each crate's last successful build is kept (obj/), to skip
/// cargo when nothing changed.
/// </summary>
internal sealed record CargoCompileSettings(string StateDirectory)
{
    public string? CargoPath { get; init; }

    public string? CargoTargetDir { get; init; }

    public string? Configuration { get; init; }

    public string? CargoProfile { get; init; }

    /// <summary>The project's RuntimeIdentifier; empty builds for the host.</summary>
    public string? RuntimeIdentifier { get; init; }

    /// <summary>The RuntimeIdentifier of the machine building, for libraries built for the host.</summary>
    public string? HostRuntimeIdentifier { get; init; }

    /// <summary>CargoWindowsAbi: msvc (the default), gnu or gnullvm for a Windows RuntimeIdentifier.</summary>
    public string? WindowsAbi { get; init; }

    public bool Offline { get; init; }

    public bool Locked { get; init; }

    /// <summary>The pyo3 version the crates' code was written for; metadata PyO3UpgradedFrom overrides it.</summary>
    public string? PyO3UpgradedFrom { get; init; }

    /// <summary>CargoEnvironmentVariables, as NAME=value;NAME2=value2.</summary>
    public string? EnvironmentVariables { get; init; }

    /// <summary>The project being built: where a malformed CargoEnvironmentVariables is reported.</summary>
    public string? ProjectFile { get; init; }

    /// <summary>
    /// CargoRustcWrapper: a rustc wrapper for cargo, such as sccache, a name looked up on PATH or a path relative to
    /// <see cref="RustcWrapperProject"/>; a crate's RustcWrapper metadata overrides it.
    /// </summary>
    public string? RustcWrapper { get; init; }

    /// <summary>
    /// The project a relative CargoRustcWrapper is relative to, and where a wrapper from cargo's variables that is not
    /// there is reported: <see cref="ProjectFile"/>, else the project of the task's node.
    /// </summary>
    public string RustcWrapperProject { get; init; } = "";

    /// <summary>The full paths of the diagnostic rule files (the built-in PyO3 migration rules and CargoDiagnosticRules).</summary>
    public IReadOnlyList<string> RuleFiles { get; init; } = [];

    /// <summary>The project publishes with NativeAOT: a static library then links into its executable.</summary>
    public bool PublishAot { get; init; }

    /// <summary>
    /// TreatWarningsAsErrors with the codes that stay warnings, those the project suppresses and those it makes errors
    /// (by code or by lint name).
    /// </summary>
    public WarningsAsErrorsPolicy WarningPolicy { get; init; } = WarningsAsErrorsPolicy.None;

    /// <summary>How rustc's diagnostics are shown: lints under their catalog codes, span ends only with CargoDiagnosticEndPositions.</summary>
    public DiagnosticPresentation Presentation { get; init; } = new(reportEndPositions: false);
}
