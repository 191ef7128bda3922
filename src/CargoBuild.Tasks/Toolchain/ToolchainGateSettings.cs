namespace CargoBuild.Toolchain;

/// <summary>
/// The project's side of the toolchain gate (its properties); a crate's metadata overrides the minimums.
/// </summary>
/// <param name="CargoPath">The cargo that will build (CargoPath); the rustc it runs is the one checked (see <see cref="RustcSelection"/>).</param>
/// <param name="EnvironmentVariables">CargoEnvironmentVariables: RUSTC and RUSTUP_TOOLCHAIN set there pick the toolchain.</param>
/// <param name="RuntimeIdentifier">The RuntimeIdentifier cargo builds for: its std must be installed.</param>
/// <param name="WindowsAbi">CargoWindowsAbi: the ABI a Windows RuntimeIdentifier builds for.</param>
/// <param name="StateDirectory">Where passed checks and `rustc -vV` answers are kept between builds (obj/); null checks from scratch.</param>
internal sealed record ToolchainGateSettings(
    string? RustMinimumVersion = null,
    bool RustRequireStable = false,
    string? PyO3MinimumVersion = null,
    string? CargoPath = null,
    string? EnvironmentVariables = null,
    string? RuntimeIdentifier = null,
    string? WindowsAbi = null,
    string? StateDirectory = null)
{
    /// <summary>The project being built: where a requirement its properties set (RustMinimumVersion …) is reported.</summary>
    public string? ProjectFile { get; init; }
}
