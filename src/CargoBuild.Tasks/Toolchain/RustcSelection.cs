using CargoBuild.Processes;

namespace CargoBuild.Toolchain;

/// <summary>
/// The one place that decides which rustc builds a crate, for the toolchain gate (which asks it) and for cargo (which
/// runs it). cargo's own order comes first: RUSTC (set for cargo by the project, or in the build's environment), then
/// CARGO_BUILD_RUSTC and build.rustc in .cargo/config.toml. Without them cargo runs the rustc on PATH, which is wrong for
/// a cargo outside rustup (a toolchain's own cargo, a distribution's /usr/bin/cargo with rustup's proxies earlier on
/// PATH): that cargo is given the rustc beside it. A rustup proxy is left to rustup, which puts its own folder on PATH
/// when PATH lacks it.
/// </summary>
internal static class RustcSelection
{
    private static readonly string ExecutableSuffix = OperatingSystem.IsWindows() ? ".exe" : "";

    /// <param name="cargoPath">The cargo that will run (full path), or null when none was found.</param>
    /// <param name="cargoVariables">The variables CargoBuild sets for cargo (CargoEnvironmentVariables, Environment metadata).</param>
    /// <param name="environment">The build's own environment variables.</param>
    public static SelectedRustc Select(
        string? cargoPath, IReadOnlyDictionary<string, string> cargoVariables, string crateDirectory, Func<string, string?> environment, string? home)
    {
        string? Variable(string name) =>
            cargoVariables.TryGetValue(name, out var set) ? set : environment(name);
        var path = Variable("PATH");

        if (cargoVariables.TryGetValue("RUSTC", out var rustcForCargo) && rustcForCargo.Trim().Length > 0)
        {
            return new SelectedRustc(Resolve(rustcForCargo.Trim(), crateDirectory, path), $"RUSTC={rustcForCargo.Trim()} (CargoEnvironmentVariables or Environment metadata)", null);
        }

        foreach (var name in (string[])["RUSTC", "CARGO_BUILD_RUSTC"])
        {
            if (environment(name) is { } value && value.Trim().Length > 0)
            {
                return new SelectedRustc(Resolve(value.Trim(), crateDirectory, path), $"{name}={value.Trim()} (environment)", null);
            }
        }

        var cargoHome = Variable("CARGO_HOME") is { Length: > 0 } configuredHome ? configuredHome : home is null ? null : System.IO.Path.Combine(home, ".cargo");
        if (CargoConfigFiles.For(crateDirectory, cargoHome).Find("rustc", ["build", "rustc"], out var file) is { AsString: { Length: > 0 } configured } && file is not null)
        {
            var resolved = CargoConfigFiles.ResolveConfigPath(file, configured);
            return new SelectedRustc(Resolve(resolved, crateDirectory, path), $"build.rustc = \"{configured}\" in {file}", null);
        }

        if (cargoPath is not null)
        {
            var physical = PhysicalPath(cargoPath);
            var cargoDirectory = System.IO.Path.GetDirectoryName(cargoPath)!;
            var besideCargo = ExistingRustcIn(cargoDirectory) ?? ExistingRustcIn(System.IO.Path.GetDirectoryName(physical)!);
            if (IsRustupProxy(cargoPath, physical))
            {
                // rustup puts its folder first on PATH when PATH lacks it; then cargo runs the first rustc on PATH.
                var rustc = OnPath(path, cargoDirectory) ? ExecutableLocator.Find("rustc", null, path, null) : besideCargo;
                return new SelectedRustc(rustc ?? besideCargo, "rustc on PATH (cargo is rustup's proxy)", null);
            }

            if (besideCargo is not null)
            {
                var full = System.IO.Path.GetFullPath(besideCargo);
                return new SelectedRustc(full, $"the rustc beside {cargoPath}", full);
            }
        }

        return new SelectedRustc(ExecutableLocator.Find("rustc", null, path, home), ExecutableLocator.DescribeSearch("rustc", null, home), null);
    }

    /// <summary>
    /// True for rustup's proxy: a link to the rustup executable, or a copy or hard link of it (same size as the
    /// rustup beside it), as rustup installs them in CARGO_HOME/bin.
    /// </summary>
    public static bool IsRustupProxy(string cargoPath, string physicalPath)
    {
        if (System.IO.Path.GetFileNameWithoutExtension(physicalPath).StartsWith("rustup", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var rustup = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(cargoPath)!, "rustup" + ExecutableSuffix);
        return File.Exists(rustup) && new FileInfo(rustup).Length == new FileInfo(physicalPath).Length;
    }

    private static string PhysicalPath(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            return path;
        }
    }

    private static string? ExistingRustcIn(string directory)
    {
        var rustc = System.IO.Path.Combine(directory, "rustc" + ExecutableSuffix);
        return File.Exists(rustc) ? rustc : null;
    }

    private static bool OnPath(string? path, string directory)
    {
        foreach (var entry in (path ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Equals(System.IO.Path.GetFullPath(entry).TrimEnd(System.IO.Path.DirectorySeparatorChar), directory.TrimEnd(System.IO.Path.DirectorySeparatorChar), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // As cargo reads RUSTC: a bare name is looked up on PATH, a relative path is relative to the folder cargo runs in.
    private static string? Resolve(string value, string crateDirectory, string? path) =>
        value.IndexOfAny(['/', '\\']) < 0
            ? ExecutableLocator.Find("rustc", value, path, null)
            : File.Exists(System.IO.Path.GetFullPath(value, crateDirectory)) ? System.IO.Path.GetFullPath(value, crateDirectory) : null;
}
