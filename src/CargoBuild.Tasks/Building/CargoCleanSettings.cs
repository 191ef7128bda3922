namespace CargoBuild.Building;

/// <summary>The project's side of <c>cargo clean</c> (CargoCleanCrates' parameters): the same as the build's, so the same folders are cleaned.</summary>
/// <param name="WindowsAbi">CargoWindowsAbi: the ABI a Windows RuntimeIdentifier was built for, so that its target folder is cleaned.</param>
/// <param name="EnvironmentVariables">CargoEnvironmentVariables: cargo clean sees the variables cargo build saw (CARGO_TARGET_DIR, say).</param>
internal sealed record CargoCleanSettings(
    string? CargoPath = null,
    string? CargoTargetDir = null,
    string? Configuration = null,
    string? CargoProfile = null,
    string? RuntimeIdentifier = null,
    string? WindowsAbi = null,
    bool Offline = false,
    string? EnvironmentVariables = null);
