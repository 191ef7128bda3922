using CargoBuild.Diagnostics;
using CargoBuild.Migrations;
using CargoBuild.Platforms;
using CargoBuild.Processes;
using CargoBuild.Surface;
using CargoBuild.Toolchain;
using CargoBuild.Versions;

namespace CargoBuild.Building;

/// <summary>
/// The build of a project's crates: each crate's settings checked and worked out from its metadata and the project's
/// settings, then built or reused (<see cref="CrateBuild"/>), and its files handed back with what the targets need.
/// Everything found goes to <paramref name="log"/>, warnings as the project's TreatWarningsAsErrors says.
/// </summary>
internal sealed class CargoCompilation(CargoCompileSettings settings, IBuildLog log, IProcessRunner runner, CancellationToken cancellationToken)
{
    private const string EnvironmentVariablesFormat = "Give the variables for cargo as NAME=value, separated by semicolons, like RUST_LOG=info;MY_FLAG=1.";

    private readonly IBuildLog warningsLog = new WarningsAsErrorsLog(log, settings.WarningPolicy, settings.Presentation);

    /// <summary>Called before each cargo run and after it ends (see <see cref="CrateBuild"/>).</summary>
    public Action? CargoStarting { get; init; }

    public Action? CargoEnded { get; init; }

    /// <summary>
    /// The files of the crates that built; null when nothing could be built (no cargo, an unknown RuntimeIdentifier,
    /// malformed CargoEnvironmentVariables). A crate that failed is left out, with its errors logged.
    /// </summary>
    /// <param name="checkedCrates">The toolchain gate's answers for the same crates: they pick the migration rules that apply.</param>
    public IReadOnlyList<ShippedArtifact>? Run(IReadOnlyList<CrateDeclaration> crates, IReadOnlyList<CheckedCrate> checkedCrates)
    {
        var cargo = ExecutableLocator.Find("cargo", settings.CargoPath, Environment.GetEnvironmentVariable("PATH"), ExecutableLocator.HomeDirectory);
        if (cargo is null)
        {
            log.Report(new BuildDiagnostic(DiagnosticCodes.CargoNotFound,
                $"cargo was not found (looked for {ExecutableLocator.DescribeSearch("cargo", settings.CargoPath, ExecutableLocator.HomeDirectory)}). " +
                "Install Rust with rustup (https://rustup.rs), or set the CargoPath property to cargo's full path."));
            return null;
        }

        if (!string.IsNullOrWhiteSpace(settings.RuntimeIdentifier) && RuntimeIdentifierMap.TripleFor(settings.RuntimeIdentifier!) is null
            && AnyWithoutTargetTriple(crates))
        {
            log.Report(new BuildDiagnostic(DiagnosticCodes.UnknownRuntimeIdentifier,
                $"CargoBuild does not know the Rust target for RuntimeIdentifier '{settings.RuntimeIdentifier}'. " +
                $"Set TargetTriple metadata on the CargoCrate item. Known: {string.Join(", ", RuntimeIdentifierMap.KnownRuntimeIdentifiers)}."));
            return null;
        }

        var projectVariables = EnvironmentVariableList.Parse(settings.EnvironmentVariables, out var malformed);
        if (projectVariables is null)
        {
            log.Report(new BuildDiagnostic(DiagnosticCodes.InvalidEnvironmentVariable,
                $"CargoEnvironmentVariables has an entry that is not NAME=value: '{malformed}'. {EnvironmentVariablesFormat}")
                { File = settings.ProjectFile });
            return null;
        }

        // Rules load only when cargo runs, while it runs: a no-op build never needs them.
        var rules = new RuleSetLoading(settings.RuleFiles, settings.StateDirectory);
        var build = new CrateBuild(cargo, settings.StateDirectory, settings.RustcWrapperProject, settings.RuleFiles, rules, warningsLog, runner, cancellationToken)
            { CargoStarting = CargoStarting, CargoEnded = CargoEnded };
        var shipped = new List<ShippedArtifact>();
        var summary = new UpgradeSummary();
        foreach (var crate in crates)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            shipped.AddRange(Build(crate, cargo, projectVariables, checkedCrates, build, summary));
        }

        foreach (var error in rules.Errors)
        {
            log.Report(error);
        }

        if (summary.Describe() is { } upgrade)
        {
            log.Message(MessageLevel.High, upgrade);
        }

        return shipped;
    }

    // A loop, not LINQ's Any with a lambda: a lambda's delegate type over CargoBuild's types is loaded by every build.
    private static bool AnyWithoutTargetTriple(IReadOnlyList<CrateDeclaration> crates)
    {
        foreach (var crate in crates)
        {
            if (string.IsNullOrEmpty(crate.Get(CrateMetadata.TargetTriple)))
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<ShippedArtifact> Build(CrateDeclaration crate, string cargo, IReadOnlyDictionary<string, string> projectVariables,
        IReadOnlyList<CheckedCrate> checkedCrates, CrateBuild build, UpgradeSummary summary)
    {
        var manifest = crate.ResolveManifest();
        if (manifest is null)
        {
            log.Report(new BuildDiagnostic(DiagnosticCodes.CrateNotFound, crate.DescribeMissing()));
            return [];
        }

        var copyToOutput = !IsFalse(crate.Get(CrateMetadata.CopyToOutput));
        var copyExecutables = copyToOutput && !IsFalse(crate.Get(CrateMetadata.CopyExecutables));
        var pythonModule = crate.Get(CrateMetadata.PythonModule) is { Length: > 0 } declared ? string.Equals(declared, "true", StringComparison.OrdinalIgnoreCase) : (bool?)null;
        if (!TryUpgradedFrom(crate, manifest, out var upgradedFrom) || !TryEnvironment(crate, projectVariables, out var environment) || !KnowsWindowsAbi(crate)
            || !TryRustcWrapper(crate, manifest, ref environment))
        {
            return [];
        }

        var crateSettings = crate.Settings(manifest, settings.Configuration, settings.CargoProfile, crate.RuntimeTriple(settings.RuntimeIdentifier, settings.WindowsAbi),
            settings.CargoTargetDir, settings.Offline, settings.Locked);
        crateSettings = crateSettings with { Environment = CrateBuild.ForCargo(cargo, crateSettings.ManifestPath, environment) };
        var libraryRuntimeIdentifier = LibraryRuntimeIdentifier(crateSettings.TargetTriple);
        if (copyToOutput && !ShipsUnderBuildRuntimeIdentifier(crate, crateSettings.TargetTriple, libraryRuntimeIdentifier))
        {
            return [];
        }

        // Loops, not LINQ, here and below: each LINQ operator or lambda over CargoBuild's types is a type every no-op build loads.
        CheckedCrate? checkedCrate = null;
        foreach (var item in checkedCrates)
        {
            if (string.Equals(item.ManifestPath, crateSettings.ManifestPath, StringComparison.Ordinal))
            {
                checkedCrate = item;
                break;
            }
        }

        var artifacts = build.BuildOrReuse(crateSettings, checkedCrate, upgradedFrom, summary);
        if (artifacts is null)
        {
            return [];
        }

        WarnAboutWhatCannotLoad(manifest, artifacts, copyToOutput);
        var shipped = new List<ShippedArtifact>(artifacts.Count);
        foreach (var artifact in artifacts)
        {
            var isPythonModule = pythonModule ?? artifact.IsPythonModule;
            var copies = artifact.Kind == NativeArtifactKind.Executable ? copyExecutables : copyToOutput;
            shipped.Add(new ShippedArtifact(artifact, manifest, crateSettings.TargetTriple ?? "", libraryRuntimeIdentifier, copies, isPythonModule,
                NativeLibraryFile.OutputName(artifact.Path, artifact.TargetName, isPythonModule)));
        }

        return shipped;
    }

    private void WarnAboutWhatCannotLoad(string manifest, IReadOnlyList<NativeArtifact> artifacts, bool copyToOutput)
    {
        NativeArtifact? archive = null;
        var sharedLibrary = false;
        foreach (var artifact in artifacts)
        {
            sharedLibrary |= artifact.Kind == NativeArtifactKind.SharedLibrary;
            archive ??= artifact.Kind == NativeArtifactKind.StaticLibrary ? artifact : null;
        }

        if (artifacts.Count == 0 && copyToOutput)
        {
            warningsLog.Report(new BuildDiagnostic(DiagnosticCodes.NoNativeLibrary,
                $"{manifest} built no native library and no program: add crate-type = [\"cdylib\"] to [lib] in its Cargo.toml, or set CopyToOutput=\"false\" on the CargoCrate.")
                { File = manifest });
        }

        if (copyToOutput && !settings.PublishAot && !sharedLibrary && archive is not null)
        {
            warningsLog.Report(new BuildDiagnostic(DiagnosticCodes.StaticLibraryWithoutNativeAot,
                $"{manifest} builds a static library ({Path.GetFileName(archive.Path)}) and no cdylib: the .NET runtime cannot load a static library, so [DllImport(\"{archive.TargetName}\")] " +
                "would fail at run time. Set <PublishAot>true</PublishAot> and publish for a RuntimeIdentifier to link it into the native executable, " +
                "or add \"cdylib\" to crate-type in [lib] for a library the runtime loads (or set CopyToOutput=\"false\" on the CargoCrate).")
                { File = manifest });
        }
    }

    private static bool IsFalse(string metadata) => string.Equals(metadata, "false", StringComparison.OrdinalIgnoreCase);

    private bool TryUpgradedFrom(CrateDeclaration crate, string manifest, out CargoVersion? upgradedFrom)
    {
        upgradedFrom = null;
        var configured = crate.Get(CrateMetadata.PyO3UpgradedFrom) is { Length: > 0 } metadata ? metadata : settings.PyO3UpgradedFrom;
        if (string.IsNullOrWhiteSpace(configured) || CargoVersion.TryParse(configured, out upgradedFrom))
        {
            return true;
        }

        log.Report(new BuildDiagnostic(DiagnosticCodes.InvalidUpgradedFrom,
            $"PyO3UpgradedFrom '{configured}' for {manifest} is not a version; give the pyo3 version the code was written for, like 0.20 or 0.20.3.")
            { File = crate.DefiningProject });
        return false;
    }

    /// <summary>The crate's Windows ABI (metadata or property) is one Rust has, or unset; else reported, whatever the RID, to catch a typo early.</summary>
    private bool KnowsWindowsAbi(CrateDeclaration crate)
    {
        if (crate.WindowsAbi(settings.WindowsAbi) is not { } abi || RuntimeIdentifierMap.IsWindowsAbi(abi))
        {
            return true;
        }

        log.Report(new BuildDiagnostic(DiagnosticCodes.UnknownWindowsAbi,
            $"WindowsAbi '{abi}' for CargoCrate '{crate.ItemSpec}' is not a Windows ABI Rust builds for; use one of {string.Join(", ", RuntimeIdentifierMap.WindowsAbis)} " +
            "(the CargoWindowsAbi property or the crate's WindowsAbi metadata).")
            { File = crate.DefiningProject });
        return false;
    }

    /// <summary>With a configured rustc wrapper, the variables for cargo hold its full path; one that is not there is reported.</summary>
    private bool TryRustcWrapper(CrateDeclaration crate, string manifest, ref IReadOnlyDictionary<string, string> environment)
    {
        if (crate.RustcWrapper(settings.RustcWrapper, settings.RustcWrapperProject) is not { } wrapper)
        {
            return true;
        }

        if (wrapper.ResolveForCargo(environment) is { } resolved)
        {
            environment = RustcWrapperSetting.ForCargo(environment, resolved);
            return true;
        }

        log.Report(wrapper.NotFound(manifest));
        return false;
    }

    /// <summary>
    /// The RID whose apps load the library: the triple's, the host's without a triple. For a RuntimeIdentifier CargoBuild
    /// has no target for (a distribution-specific RID, say), the crate's TargetTriple is the user's answer: the build's RID.
    /// </summary>
    private string LibraryRuntimeIdentifier(string? triple)
    {
        if (triple is null)
        {
            return settings.HostRuntimeIdentifier ?? "";
        }

        if (!string.IsNullOrWhiteSpace(settings.RuntimeIdentifier) && RuntimeIdentifierMap.TripleFor(settings.RuntimeIdentifier!) is null)
        {
            return settings.RuntimeIdentifier!;
        }

        return RuntimeIdentifierMap.RuntimeIdentifierFor(triple) ?? triple;
    }

    /// <summary>
    /// A library copied, published or packed beside an app must be for the app's platform: a TargetTriple metadata that
    /// builds for another RID than the build's (the host's without a RuntimeIdentifier) fails, reported, before cargo runs.
    /// </summary>
    private bool ShipsUnderBuildRuntimeIdentifier(CrateDeclaration crate, string? triple, string libraryRuntimeIdentifier)
    {
        var buildRuntimeIdentifier = string.IsNullOrWhiteSpace(settings.RuntimeIdentifier) ? settings.HostRuntimeIdentifier : settings.RuntimeIdentifier;
        if (triple is null || string.IsNullOrWhiteSpace(buildRuntimeIdentifier)
            || string.Equals(libraryRuntimeIdentifier, buildRuntimeIdentifier, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var buildFor = string.IsNullOrWhiteSpace(settings.RuntimeIdentifier) ? $"the host ({buildRuntimeIdentifier})" : $"RuntimeIdentifier {buildRuntimeIdentifier}";
        var libraryFor = libraryRuntimeIdentifier == triple ? "which no RuntimeIdentifier stands for" : $"RuntimeIdentifier {libraryRuntimeIdentifier}";
        var buildForLibrary = libraryRuntimeIdentifier == triple ? "" : $", build with -r {libraryRuntimeIdentifier}";
        var buildTriple = RuntimeIdentifierMap.TripleFor(buildRuntimeIdentifier!, crate.WindowsAbi(settings.WindowsAbi)) is { } known ? $" ({known})" : "";
        log.Report(new BuildDiagnostic(DiagnosticCodes.TargetNotForRuntimeIdentifier,
            $"CargoCrate '{crate.ItemSpec}' builds for the Rust target {triple} ({libraryFor}), but this build is for {buildFor}: its library would ship beside an app " +
            $"for another platform. Remove the TargetTriple metadata to build for {buildRuntimeIdentifier}{buildTriple}{buildForLibrary}, or set CopyToOutput=\"false\" on the CargoCrate.")
            { File = crate.DefiningProject });
        return false;
    }

    private bool TryEnvironment(CrateDeclaration crate, IReadOnlyDictionary<string, string> projectVariables, out IReadOnlyDictionary<string, string> environment)
    {
        if (crate.Environment(projectVariables, out var malformed) is { } variables)
        {
            environment = variables;
            return true;
        }

        environment = projectVariables;
        log.Report(new BuildDiagnostic(DiagnosticCodes.InvalidEnvironmentVariable,
            $"The Environment metadata of CargoCrate '{crate.ItemSpec}' has an entry that is not NAME=value: '{malformed}'. {EnvironmentVariablesFormat}")
            { File = crate.DefiningProject });
        return false;
    }
}
