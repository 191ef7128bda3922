using CargoBuild.Diagnostics;
using CargoBuild.Processes;
using CargoBuild.Toolchain;

namespace CargoBuild.Building;

/// <summary>
/// A rustc wrapper (a compile cache such as sccache) that cargo runs every rustc through. CargoBuild hands cargo one
/// as RUSTC_WRAPPER (a crate's RustcWrapper metadata, else the CargoRustcWrapper property): resolved before cargo
/// runs, so that a wrapper that is not there is a located CargoBuild error instead of cargo's "could not execute
/// process", and cargo gets its full path, which the build stamp then holds: another wrapper runs cargo again. Without
/// one, cargo's own settings are checked the same way before it runs.
/// </summary>
/// <param name="Value">The wrapper as configured: a name looked up on PATH, or a path.</param>
/// <param name="Origin">Where it was configured, for messages (the property, the metadata, a variable, a config file).</param>
/// <param name="BaseDirectory">The folder a relative path is relative to.</param>
/// <param name="ReportedFile">Where a wrapper that is not there is reported: the project or config file that set it.</param>
internal sealed record RustcWrapperSetting(string Value, string Origin, string BaseDirectory, string ReportedFile)
{
    public const string VariableName = "RUSTC_WRAPPER";

    /// <summary>The 1-based position of the setting in <see cref="ReportedFile"/> (a config file's key); 0 when unknown.</summary>
    public int Line { get; init; }

    public int Column { get; init; }

    /// <summary>Set by a project (property or metadata): a relative path is relative to the project's folder.</summary>
    public static RustcWrapperSetting InProject(string value, string origin, string projectFile) =>
        new(value, origin, Path.GetDirectoryName(projectFile)!, projectFile);

    /// <summary>
    /// The wrapper cargo takes from its own settings, in cargo's order: RUSTC_WRAPPER, then CARGO_BUILD_RUSTC_WRAPPER,
    /// then build.rustc-wrapper in the config files; null when none is set or it is empty (cargo's "no wrapper"), and
    /// for a relative path in a variable, which cargo resolves against a folder of its own.
    /// </summary>
    /// <param name="cargoVariables">The variables CargoBuild sets for cargo (CargoEnvironmentVariables, Environment metadata).</param>
    /// <param name="environment">The build's own environment variables.</param>
    public static RustcWrapperSetting? FromCargoSettings(
        IReadOnlyDictionary<string, string> cargoVariables, Func<string, string?> environment, Func<CargoConfigFiles> configFiles, string crateDirectory, string projectFile)
    {
        foreach (var name in (string[])[VariableName, "CARGO_BUILD_RUSTC_WRAPPER"])
        {
            var (value, origin) = cargoVariables.TryGetValue(name, out var set)
                ? (set, $"{name}, set for cargo by CargoEnvironmentVariables or Environment metadata")
                : (environment(name), $"{name} in the build's environment");
            if (value is null)
            {
                continue;
            }

            var trimmed = value.Trim();
            return trimmed.Length == 0 || (trimmed.IndexOfAny(['/', '\\']) >= 0 && !Path.IsPathRooted(trimmed))
                ? null
                : new RustcWrapperSetting(trimmed, origin, crateDirectory, projectFile);
        }

        if (configFiles().Find("rustc-wrapper", ["build", "rustc-wrapper"], out var file) is not { } entry || file is null)
        {
            return null;
        }

        return entry.AsString is { } configured && configured.Trim().Length > 0
            ? new RustcWrapperSetting(configured.Trim(), $"build.rustc-wrapper in {file}", Path.GetDirectoryName(Path.GetDirectoryName(file))!, file)
                { Line = entry.Line, Column = entry.Column }
            : null;
    }

    /// <summary>The wrapper's full path, or null when it is not there. <paramref name="path"/> is the PATH cargo gets.</summary>
    public string? Resolve(string? path)
    {
        if (Value.IndexOfAny(['/', '\\']) < 0)
        {
            return ExecutableLocator.Find(Value, Value, path, null);
        }

        var full = Path.GetFullPath(Value, BaseDirectory);
        return File.Exists(full) ? full : null;
    }

    /// <summary>Where <see cref="Resolve"/> looked, for the error that says it found nothing.</summary>
    public string DescribeSearch() =>
        Value.IndexOfAny(['/', '\\']) < 0 ? $"'{Value}' on PATH" : $"'{Path.GetFullPath(Value, BaseDirectory)}'";

    /// <summary>The wrapper's full path on the PATH cargo gets (its variables' PATH, else the build's), or null when it is not there.</summary>
    public string? ResolveForCargo(IReadOnlyDictionary<string, string> cargoVariables) =>
        Resolve(cargoVariables.TryGetValue("PATH", out var forCargo) ? forCargo : Environment.GetEnvironmentVariable("PATH"));

    /// <summary>The error for a wrapper that is not there, at the setting that names it.</summary>
    public BuildDiagnostic NotFound(string manifest) =>
        new(DiagnosticCodes.RustcWrapperNotFound,
            $"The rustc wrapper '{Value}' ({Origin}) for {manifest} was not found (looked for {DescribeSearch()}). " +
            "Install it (sccache: apt-get install sccache, brew install sccache or cargo install sccache), give its full path, or remove the setting to build without a wrapper.")
            { File = ReportedFile, Line = Line, Column = Column };

    /// <summary>Cargo's variables with the wrapper's full path as RUSTC_WRAPPER, over one they set themselves.</summary>
    public static IReadOnlyDictionary<string, string> ForCargo(IReadOnlyDictionary<string, string> environment, string wrapperPath) =>
        new Dictionary<string, string>(environment, StringComparer.Ordinal) { [VariableName] = wrapperPath };
}
