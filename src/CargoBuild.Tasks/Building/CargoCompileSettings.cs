using CargoBuild.Diagnostics;

namespace CargoBuild.Building;

/// <summary>The project's side of a build of its crates (CargoCompile's parameters); a crate's metadata overrides most.</summary>
/// <param name="StateDirectory">Where the state of each crate's last successful build is kept (obj/), to skip cargo when nothing changed.</param>
/// <param name="RuntimeIdentifier">The project's RuntimeIdentifier; empty builds for the host.</param>
/// <param name="HostRuntimeIdentifier">The RuntimeIdentifier of the machine building, for libraries built for the host.</param>
/// <param name="WindowsAbi">CargoWindowsAbi: msvc (the default), gnu or gnullvm for a Windows RuntimeIdentifier.</param>
/// <param name="PyO3UpgradedFrom">The pyo3 version the crates' code was written for; metadata PyO3UpgradedFrom overrides it.</param>
/// <param name="EnvironmentVariables">CargoEnvironmentVariables, as NAME=value;NAME2=value2.</param>
/// <param name="ProjectFile">The project being built: where a malformed CargoEnvironmentVariables is reported.</param>
/// <param name="RuleFiles">The full paths of the diagnostic rule files (built-in PyO3 migration rules and CargoDiagnosticRules).</param>
/// <param name="PublishAot">The project publishes with NativeAOT: a static library then links into its executable.</param>
internal sealed record CargoCompileSettings(string StateDirectory)
{
    public string? CargoPath { get; init; }

    public string? CargoTargetDir { get; init; }

    public string? Configuration { get; init; }

    public string? CargoProfile { get; init; }

    public string? RuntimeIdentifier { get; init; }

    public string? HostRuntimeIdentifier { get; init; }

    public string? WindowsAbi { get; init; }

    public bool Offline { get; init; }

    public bool Locked { get; init; }

    public string? PyO3UpgradedFrom { get; init; }

    public string? EnvironmentVariables { get; init; }

    public string? ProjectFile { get; init; }

    public IReadOnlyList<string> RuleFiles { get; init; } = [];

    public bool PublishAot { get; init; }

    /// <summary>TreatWarningsAsErrors with the codes that stay warnings and those the project suppresses.</summary>
    public WarningsAsErrorsPolicy WarningPolicy { get; init; } = WarningsAsErrorsPolicy.None;
}
