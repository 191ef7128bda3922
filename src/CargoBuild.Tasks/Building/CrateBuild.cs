using CargoBuild.Diagnostics;
using CargoBuild.Migrations;
using CargoBuild.Processes;
using CargoBuild.Toolchain;
using CargoBuild.UpToDate;
using CargoBuild.Versions;

namespace CargoBuild.Building;

/// <summary>
/// A crate's build or reuse: the recorded artifacts and warnings when the last build still holds (cargo never
/// starts), else a cargo run whose diagnostics stream to <paramref name="log"/> and whose success is recorded for the
/// next build. The state of each crate lives in <paramref name="stateDirectory"/> (obj/); a rustc wrapper from cargo's
/// variables that is not there is reported in <paramref name="rustcWrapperProject"/>.
/// </summary>
internal sealed class CrateBuild(
    string cargo,
    string stateDirectory,
    string rustcWrapperProject,
    IReadOnlyList<string> ruleFiles,
    RuleSetLoading rules,
    IBuildLog log,
    IProcessRunner runner,
    CancellationToken cancellationToken)
{
    // How many of a cargo run's warnings are kept for no-op builds to show again; the rest are counted.
    private const int RecordedWarningLimit = 200;

    /// <summary>Called before cargo runs and after it ends: the task gives MSBuild's node back meanwhile.</summary>
    public Action? CargoStarting { get; init; }

    public Action? CargoEnded { get; init; }

    /// <summary>The crate's libraries: the recorded ones when nothing changed, else cargo's; null when cargo failed or its rustc wrapper is not there.</summary>
    /// <param name="upgradedFrom">The pyo3 version the code was written for, when the project says.</param>
    /// <param name="summary">Gets the PyO3 breaking changes the build's diagnostics came from.</param>
    public IReadOnlyList<NativeArtifact>? BuildOrReuse(CargoBuildSettings settings, CheckedCrate? checkedCrate, CargoVersion? upgradedFrom, UpgradeSummary summary)
    {
        var check = new CargoUpToDateCheck(Path.Combine(Path.GetFullPath(stateDirectory), StateFileName(settings)), settings.VariableForCargo);
        var stamp = CargoBuildStamp.Compute(cargo, CargoCommandLine.Build(settings), CheckedCrate.ToolchainIdentity(checkedCrate), Environment.GetEnvironmentVariables(),
            settings.Environment);
        if (check.UpToDateBuild(stamp, DiscoverInputs(settings, checkedCrate), out var reason) is { } recorded)
        {
            log.Message(MessageLevel.Normal, $"cargo skipped for {settings.ManifestPath}: {reason}.");

            // Shown again, as cargo does for a crate it does not recompile: a warning promoted to an error
            // (TreatWarningsAsErrors, MSBuildWarningsAsErrors) must fail every build, not only the one that ran cargo.
            foreach (var warning in recorded.Warnings)
            {
                log.Report(warning);
            }

            if (recorded.OmittedWarnings > 0)
            {
                log.Message(MessageLevel.High,
                    $"... and {recorded.OmittedWarnings} more warnings of the last cargo run of {settings.ManifestPath}, not shown again (that build's log has them).");
            }

            return recorded.Artifacts;
        }

        log.Message(MessageLevel.Normal, $"cargo runs for {settings.ManifestPath}: {reason}.");
        return Build(settings, checkedCrate, upgradedFrom, summary, check, stamp);
    }

    // Apart from the reuse above: the runtime prepares what a method names when it first runs it, and a no-op build
    // then never prepares the cargo run's types.
    private IReadOnlyList<NativeArtifact>? Build(CargoBuildSettings settings, CheckedCrate? checkedCrate, CargoVersion? upgradedFrom, UpgradeSummary summary,
        CargoUpToDateCheck check, BuildStamp stamp)
    {
        // Derived from what the stamp already holds (the environment, config files, the target), so it is worked
        // out only when cargo runs.
        var cargoSettings = WithMuslCdylibFlags(settings);
        if (!CargosRustcWrapperIsThere(settings))
        {
            return null;
        }

        rules.Start();
        // Recorded as cargo gave them: the policy applies when they are shown, in this build and the next.
        var warnings = new List<BuildDiagnostic>();
        var omittedWarnings = 0;
        void ReportAndKeep(BuildDiagnostic diagnostic)
        {
            log.Report(diagnostic);
            if (diagnostic.Severity != DiagnosticSeverity.Warning)
            {
                return;
            }

            // Kept to be shown again by no-op builds: the first ones and a count, whatever a build script prints.
            if (warnings.Count < RecordedWarningLimit)
            {
                warnings.Add(diagnostic);
            }
            else
            {
                omittedWarnings++;
            }
        }

        var evidence = new PyO3UpgradeEvidence(Path.Combine(Path.GetFullPath(stateDirectory), TextHash.Of(settings.ManifestPath)[..16] + ".pyo3"));
        var session = new CargoBuildSession(cargo, cargoSettings, runner, ReportAndKeep,
            detail => log.Message(MessageLevel.Detail, detail),
            status => log.Message(MessageLevel.Normal, status),
            () => rules.RuleSet, CheckedCrate.PyO3Of(checkedCrate), checkedCrate?.WorkspaceRoot,
            (workspaceRoot, resolved) => evidence.UpgradedFrom(upgradedFrom, resolved, () => PyO3UpgradeEvidence.Committed(workspaceRoot, runner, cancellationToken)),
            probe => NativeLibrariesCacheFile(checkedCrate, probe));
        var started = DateTime.UtcNow;
        CargoStarting?.Invoke();
        try
        {
            var artifacts = session.Run(cancellationToken);
            summary.AddRange(session.Summary);

            // A broken rule file is reported after the build; recorded, it would go unreported next time.
            if (artifacts is null || rules.Errors.Count > 0)
            {
                check.Forget();
            }
            else
            {
                // Discovered again: the build may have created files it reads next time (Cargo.lock).
                check.Record(stamp, started, DiscoverInputs(settings, checkedCrate), artifacts, warnings, session.EnvironmentSources.EnvironmentVariables(), omittedWarnings);
                evidence.RecordSuccess(session.ResolvedPyO3);
            }

            return artifacts;
        }
        finally
        {
            CargoEnded?.Invoke();
        }
    }

    /// <summary>
    /// The user's variables, and what cargo needs besides them to run the rustc the toolchain gate checked
    /// (see <see cref="RustcSelection"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, string> ForCargo(string cargo, string manifestPath, IReadOnlyDictionary<string, string> environment)
    {
        var rustc = RustcSelection.Select(cargo, environment, Path.GetDirectoryName(manifestPath)!, Environment.GetEnvironmentVariable, ExecutableLocator.HomeDirectory);
        return rustc.RustcForCargo is { } rustcForCargo
            ? new Dictionary<string, string>(environment, StringComparer.Ordinal) { ["RUSTC"] = rustcForCargo }
            : environment;
    }

    private CargoBuildSettings WithMuslCdylibFlags(CargoBuildSettings settings)
    {
        if (!MuslCdylibRustflags.IsMusl(settings.TargetTriple) || !MuslCdylibRustflags.BuildsCdylib(settings.ManifestPath, settings.Packages))
        {
            return settings;
        }

        var directory = Path.GetDirectoryName(settings.ManifestPath)!;
        string? Variable(string name) => settings.Environment.TryGetValue(name, out var value) ? value : Environment.GetEnvironmentVariable(name);
        var encoded = MuslCdylibRustflags.EncodedFor(settings.TargetTriple!, Variable, CargoConfigFiles.For(directory, CargoHome()),
            () => RustcSelection.Select(cargo, settings.Environment, directory, Environment.GetEnvironmentVariable, ExecutableLocator.HomeDirectory).Path is { } rustc
                ? RustcProbe.TargetCfg(rustc, directory, settings.TargetTriple!, cancellationToken, settings.Environment)
                : new HashSet<string>());
        if (encoded is null)
        {
            return settings;
        }

        log.Message(MessageLevel.Normal,
            $"{settings.ManifestPath} builds a cdylib for {settings.TargetTriple}, which musl allows only with the C runtime linked dynamically: " +
            $"cargo gets CARGO_ENCODED_RUSTFLAGS={encoded.Replace('\u001f', ' ')} (your rustflags, then -C {MuslCdylibRustflags.Flag}).");
        return settings with { Environment = new Dictionary<string, string>(settings.Environment, StringComparer.Ordinal) { ["CARGO_ENCODED_RUSTFLAGS"] = encoded } };
    }

    /// <summary>A wrapper from cargo's own settings (variables, config files) is there; checked only when cargo runs, as it reads the config files.</summary>
    private bool CargosRustcWrapperIsThere(CargoBuildSettings settings)
    {
        var directory = Path.GetDirectoryName(settings.ManifestPath)!;
        var wrapper = RustcWrapperSetting.FromCargoSettings(settings.Environment, Environment.GetEnvironmentVariable,
            () => CargoConfigFiles.For(directory, CargoHome()), directory, rustcWrapperProject);
        if (wrapper is null || wrapper.ResolveForCargo(settings.Environment) is not null)
        {
            return true;
        }

        log.Report(wrapper.NotFound(settings.ManifestPath));
        return false;
    }

    // The gate already read the workspace's manifests; only without it are they read here.
    private IReadOnlyList<string> DiscoverInputs(CargoBuildSettings settings, CheckedCrate? checkedCrate)
    {
        var workspaceFiles = checkedCrate?.WorkspaceFiles ?? CargoInputFiles.WorkspaceFiles(settings.ManifestPath);
        var inputs = CargoInputFiles.Discover(settings.ManifestPath, workspaceFiles, CargoHome());
        inputs.AddRange(ruleFiles);
        return inputs;
    }

    // Kept only for a toolchain the gate identified (release and commit): the answer changes with the toolchain.
    private string? NativeLibrariesCacheFile(CheckedCrate? checkedCrate, string probe) =>
        checkedCrate is null
            ? null
            : Path.Combine(Path.GetFullPath(stateDirectory), TextHash.Of($"{CheckedCrate.ToolchainIdentity(checkedCrate)}|{probe}")[..16] + ".native-static-libs");

    // One state file per crate, profile and target, so that Debug and Release builds do not undo each other.
    private static string StateFileName(CargoBuildSettings settings) =>
        TextHash.Of($"{settings.ManifestPath}|{settings.Profile}|{settings.TargetTriple}")[..16] + ".state";

    private static string? CargoHome() =>
        Environment.GetEnvironmentVariable("CARGO_HOME") is { Length: > 0 } cargoHome
            ? cargoHome
            : ExecutableLocator.HomeDirectory is { } home ? Path.Combine(home, ".cargo") : null;
}
