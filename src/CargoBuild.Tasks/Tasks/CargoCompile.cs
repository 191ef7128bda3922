using CargoBuild.Building;
using CargoBuild.Diagnostics;
using CargoBuild.Migrations;
using CargoBuild.Platforms;
using CargoBuild.Processes;
using CargoBuild.Surface;
using CargoBuild.Toolchain;
using CargoBuild.UpToDate;
using CargoBuild.Versions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace CargoBuild.Tasks;

/// <summary>
/// Builds each CargoCrate with <c>cargo build</c>, streams rustc's diagnostics into MSBuild at their source
/// locations, and returns the native libraries and programs cargo reported.
/// </summary>
public sealed class CargoCompile : CargoTask
{
    // How many of a cargo run's warnings are kept for no-op builds to show again; the rest are counted.
    private const int RecordedWarningLimit = 200;

    private const string EnvironmentVariablesFormat = "Give the variables for cargo as NAME=value, separated by semicolons, like RUST_LOG=info;MY_FLAG=1.";

    private WarningsAsErrorsPolicy warningPolicy = WarningsAsErrorsPolicy.None;
    private DiagnosticPresentation presentation = new(reportEndPositions: false);

    [Required]
    public ITaskItem[] Crates { get; set; } = [];

    /// <summary>The toolchain gate's output for the same crates: metadata PyO3Version picks the migration rules that apply.</summary>
    public ITaskItem[] CheckedCrates { get; set; } = [];

    public string? CargoPath { get; set; }

    public string? CargoTargetDir { get; set; }

    public string? Configuration { get; set; }

    public string? CargoProfile { get; set; }

    /// <summary>The project's RuntimeIdentifier; empty builds for the host.</summary>
    public string? RuntimeIdentifier { get; set; }

    /// <summary>The RuntimeIdentifier of the machine building, for libraries built for the host.</summary>
    public string? HostRuntimeIdentifier { get; set; }

    /// <summary>
    /// The ABI a Windows RuntimeIdentifier builds for (CargoWindowsAbi): msvc (the default), gnu (MinGW) or gnullvm;
    /// a crate's WindowsAbi metadata overrides it.
    /// </summary>
    public string? WindowsAbi { get; set; }

    public bool Offline { get; set; }

    public bool Locked { get; set; }

    /// <summary>Where the state of each crate's last successful build is kept (obj/), to skip cargo when nothing changed.</summary>
    [Required]
    public string StateDirectory { get; set; } = "";

    /// <summary>
    /// The pyo3 version the crates' code was written for (CI after an upgrade); metadata PyO3UpgradedFrom overrides it.
    /// Without it, the last successful build's pyo3 or the one in Cargo.lock at git HEAD tells.
    /// </summary>
    public string? PyO3UpgradedFrom { get; set; }

    /// <summary>
    /// Environment variables for cargo, as NAME=value;NAME2=value2 (the CargoEnvironmentVariables property); a crate's
    /// Environment metadata adds to them and overrides them.
    /// </summary>
    public string? EnvironmentVariables { get; set; }

    /// <summary>
    /// A rustc wrapper for cargo (CargoRustcWrapper), such as sccache: a name looked up on PATH or a path relative to the
    /// project; a crate's RustcWrapper metadata overrides it. cargo gets its full path as RUSTC_WRAPPER.
    /// </summary>
    public string? RustcWrapper { get; set; }

    /// <summary>The project being built: where a malformed CargoEnvironmentVariables is reported.</summary>
    public string? ProjectFile { get; set; }

    /// <summary>Diagnostic rule files (the built-in PyO3 migration rules and the user's CargoDiagnosticRules).</summary>
    public ITaskItem[] RuleFiles { get; set; } = [];

    /// <summary>The project publishes with NativeAOT: a static library then links into its executable.</summary>
    public bool PublishAot { get; set; }

    /// <summary>The project's TreatWarningsAsErrors: the build's warnings (rustc's, cargo's, CargoBuild's) fail it as errors.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>Codes that stay warnings under TreatWarningsAsErrors (WarningsNotAsErrors, MSBuildWarningsNotAsErrors).</summary>
    public string? WarningsNotAsErrors { get; set; }

    /// <summary>Codes the project suppresses (MSBuildWarningsAsMessages, which holds NoWarn): never promoted, so MSBuild can demote them.</summary>
    public string? WarningsAsMessages { get; set; }

    /// <summary>Codes the project makes errors (WarningsAsErrors, MSBuildWarningsAsErrors): MSBuild applies them to codes, this task to lint names.</summary>
    public string? WarningsAsErrors { get; set; }

    /// <summary>Report where each rustc span ends (CargoDiagnosticEndPositions): for Visual Studio, not for console problem matchers.</summary>
    public bool ReportEndPositions { get; set; }

    /// <summary>
    /// Native libraries (cdylibs), with metadata CargoCrate (manifest), TargetTriple (empty for the host),
    /// RuntimeIdentifier, CopyToOutput, CargoArtifactKind (NativeLibrary), PythonModule and OutputName (the file name in
    /// the output folder).
    /// </summary>
    [Output]
    public ITaskItem[] NativeLibraries { get; private set; } = [];

    /// <summary>
    /// The programs of the crates' bin targets, with the metadata of <see cref="NativeLibraries"/>, CargoArtifactKind
    /// Executable, and CopyToOutput false also when the crate's CopyExecutables metadata is false.
    /// </summary>
    [Output]
    public ITaskItem[] Executables { get; private set; } = [];

    /// <summary>
    /// Static libraries (staticlib archives), with metadata CargoCrate, TargetTriple, RuntimeIdentifier,
    /// CargoArtifactKind (StaticLibrary), LibraryName (the name a DllImport gives) and LinkArguments (the native
    /// libraries a program linking it needs, rustc's native-static-libs).
    /// </summary>
    [Output]
    public ITaskItem[] StaticLibraries { get; private set; } = [];

    protected override bool ExecuteCore()
    {
        var cargo = ExecutableLocator.Find("cargo", CargoPath, Environment.GetEnvironmentVariable("PATH"), ExecutableLocator.HomeDirectory);
        if (cargo is null)
        {
            Log.Log(new BuildDiagnostic(DiagnosticCodes.CargoNotFound,
                $"cargo was not found (looked for {ExecutableLocator.DescribeSearch("cargo", CargoPath, ExecutableLocator.HomeDirectory)}). " +
                "Install Rust with rustup (https://rustup.rs), or set the CargoPath property to cargo's full path."));
            return false;
        }

        if (!string.IsNullOrWhiteSpace(RuntimeIdentifier) && RuntimeIdentifierMap.TripleFor(RuntimeIdentifier!) is null
            && Crates.Any(crate => string.IsNullOrEmpty(crate.GetMetadata(CrateMetadata.TargetTriple))))
        {
            Log.Log(new BuildDiagnostic(DiagnosticCodes.UnknownRuntimeIdentifier,
                $"CargoBuild does not know the Rust target for RuntimeIdentifier '{RuntimeIdentifier}'. " +
                $"Set TargetTriple metadata on the CargoCrate item. Known: {string.Join(", ", RuntimeIdentifierMap.KnownRuntimeIdentifiers)}."));
            return false;
        }

        var projectVariables = EnvironmentVariableList.Parse(EnvironmentVariables, out var malformed);
        if (projectVariables is null)
        {
            Log.Log(new BuildDiagnostic(DiagnosticCodes.InvalidEnvironmentVariable,
                $"CargoEnvironmentVariables has an entry that is not NAME=value: '{malformed}'. {EnvironmentVariablesFormat}")
                { File = ProjectFile });
            return false;
        }

        warningPolicy = new WarningsAsErrorsPolicy(TreatWarningsAsErrors, WarningsNotAsErrors, WarningsAsMessages, WarningsAsErrors);
        presentation = new DiagnosticPresentation(ReportEndPositions);

        // Rules load only when cargo runs, while it runs: a no-op build never needs them.
        var rules = new RuleSetLoading([.. RuleFiles.Select(file => file.GetMetadata("FullPath"))]);
        var libraries = new List<ITaskItem>();
        var executables = new List<ITaskItem>();
        var staticLibraries = new List<ITaskItem>();
        var summary = new UpgradeSummary();
        foreach (var crate in Crates)
        {
            if (CancellationToken.IsCancellationRequested)
            {
                break;
            }

            var manifest = CrateItem.ResolveManifest(crate);
            if (manifest is null)
            {
                Log.Log(new BuildDiagnostic(DiagnosticCodes.CrateNotFound, CrateItem.DescribeMissing(crate)));
                continue;
            }

            var copyToOutput = !IsFalse(crate.GetMetadata(CrateMetadata.CopyToOutput));
            var copyExecutables = copyToOutput && !IsFalse(crate.GetMetadata(CrateMetadata.CopyExecutables));
            var pythonModule = crate.GetMetadata(CrateMetadata.PythonModule) is { Length: > 0 } declared ? string.Equals(declared, "true", StringComparison.OrdinalIgnoreCase) : (bool?)null;
            if (!TryUpgradedFrom(crate, manifest, out var upgradedFrom) || !TryEnvironment(crate, projectVariables, out var environment))
            {
                continue;
            }

            if (!KnowsWindowsAbi(crate) || !TryRustcWrapper(crate, manifest, ref environment))
            {
                continue;
            }

            var settings = CrateItem.Settings(crate, manifest, Configuration, CargoProfile, CrateItem.RuntimeTriple(crate, RuntimeIdentifier, WindowsAbi),
                CargoTargetDir, Offline, Locked);
            settings = settings with { Environment = ForCargo(cargo, settings, environment) };
            var libraryRuntimeIdentifier = LibraryRuntimeIdentifier(settings.TargetTriple);
            if (copyToOutput && !ShipsUnderBuildRuntimeIdentifier(crate, settings.TargetTriple, libraryRuntimeIdentifier))
            {
                continue;
            }

            var artifacts = BuildOrReuse(cargo, settings, rules, upgradedFrom, summary);
            if (artifacts is null)
            {
                continue;
            }

            if (artifacts.Count == 0 && copyToOutput)
            {
                Report(new BuildDiagnostic(DiagnosticCodes.NoNativeLibrary,
                    $"{manifest} built no native library and no program: add crate-type = [\"cdylib\"] to [lib] in its Cargo.toml, or set CopyToOutput=\"false\" on the CargoCrate.")
                    { File = manifest });
            }

            if (copyToOutput && !PublishAot && artifacts.All(artifact => artifact.Kind != NativeArtifactKind.SharedLibrary)
                && artifacts.FirstOrDefault(artifact => artifact.Kind == NativeArtifactKind.StaticLibrary) is { } archive)
            {
                Report(new BuildDiagnostic(DiagnosticCodes.StaticLibraryWithoutNativeAot,
                    $"{manifest} builds a static library ({Path.GetFileName(archive.Path)}) and no cdylib: the .NET runtime cannot load a static library, so [DllImport(\"{archive.TargetName}\")] " +
                    "would fail at run time. Set <PublishAot>true</PublishAot> and publish for a RuntimeIdentifier to link it into the native executable, " +
                    "or add \"cdylib\" to crate-type in [lib] for a library the runtime loads (or set CopyToOutput=\"false\" on the CargoCrate).")
                    { File = manifest });
            }

            foreach (var artifact in artifacts)
            {
                var item = new TaskItem(artifact.Path);
                item.SetMetadata(ArtifactMetadata.CargoCrate, manifest);
                item.SetMetadata(ArtifactMetadata.TargetTriple, settings.TargetTriple ?? "");
                item.SetMetadata(ArtifactMetadata.RuntimeIdentifier, libraryRuntimeIdentifier);
                switch (artifact.Kind)
                {
                    case NativeArtifactKind.Executable:
                        item.SetMetadata(ArtifactMetadata.CargoArtifactKind, ArtifactMetadata.ExecutableKind);
                        item.SetMetadata(ArtifactMetadata.CopyToOutput, copyExecutables ? "true" : "false");
                        executables.Add(item);
                        break;
                    case NativeArtifactKind.StaticLibrary:
                        item.SetMetadata(ArtifactMetadata.CargoArtifactKind, ArtifactMetadata.StaticLibraryKind);
                        item.SetMetadata(ArtifactMetadata.LibraryName, artifact.TargetName);
                        item.SetMetadata(ArtifactMetadata.LinkArguments, artifact.LinkArguments);
                        staticLibraries.Add(item);
                        break;
                    default:
                        item.SetMetadata(ArtifactMetadata.CargoArtifactKind, ArtifactMetadata.NativeLibraryKind);
                        item.SetMetadata(ArtifactMetadata.CopyToOutput, copyToOutput ? "true" : "false");
                        var isPythonModule = pythonModule ?? artifact.IsPythonModule;
                        item.SetMetadata(ArtifactMetadata.PythonModule, isPythonModule ? "true" : "false");
                        item.SetMetadata(ArtifactMetadata.OutputName, NativeLibraryFile.OutputName(artifact.Path, artifact.TargetName, isPythonModule));
                        libraries.Add(item);
                        break;
                }
            }
        }

        foreach (var error in rules.Errors)
        {
            Log.Log(error);
        }

        if (summary.Describe() is { } upgrade)
        {
            Log.LogMessage(MessageImportance.High, "{0}", upgrade);
        }

        NativeLibraries = [.. libraries];
        Executables = [.. executables];
        StaticLibraries = [.. staticLibraries];
        return true;
    }

    /// <summary>The crate's libraries: the recorded ones when nothing changed, else cargo's; null when cargo failed.</summary>
    private IReadOnlyList<NativeArtifact>? BuildOrReuse(string cargo, CargoBuildSettings settings, RuleSetLoading rules, CargoVersion? upgradedFrom, UpgradeSummary summary)
    {
        var checkedCrate = CheckedCrates.FirstOrDefault(item => string.Equals(item.ItemSpec, settings.ManifestPath, StringComparison.Ordinal));
        var check = new CargoUpToDateCheck(Path.Combine(Path.GetFullPath(StateDirectory), StateFileName(settings)),
            name => settings.Environment.TryGetValue(name, out var value) ? value : Environment.GetEnvironmentVariable(name));
        var stamp = CargoBuildStamp.Compute(cargo, CargoCommandLine.Build(settings), ToolchainIdentity(checkedCrate), Environment.GetEnvironmentVariables(),
            settings.Environment);
        if (check.UpToDateBuild(stamp, DiscoverInputs(settings, checkedCrate), out var reason) is { } recorded)
        {
            Log.LogMessage(MessageImportance.Normal, "cargo skipped for {0}: {1}.", settings.ManifestPath, reason);

            // Shown again, as cargo does for a crate it does not recompile: a warning promoted to an error
            // (TreatWarningsAsErrors, MSBuildWarningsAsErrors) must fail every build, not only the one that ran cargo.
            foreach (var warning in recorded.Warnings)
            {
                Report(warning);
            }

            if (recorded.OmittedWarnings > 0)
            {
                Log.LogMessage(MessageImportance.High, "... and {0} more warnings of the last cargo run of {1}, not shown again (that build's log has them).",
                    recorded.OmittedWarnings, settings.ManifestPath);
            }

            return recorded.Artifacts;
        }

        Log.LogMessage(MessageImportance.Normal, "cargo runs for {0}: {1}.", settings.ManifestPath, reason);

        // Derived from what the stamp already holds (the environment, config files, the target), so it is worked
        // out only when cargo runs.
        var cargoSettings = WithMuslCdylibFlags(cargo, settings);
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
            Report(diagnostic);
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

        var runner = new StreamingProcessRunner();
        var evidence = new PyO3UpgradeEvidence(Path.Combine(Path.GetFullPath(StateDirectory), TextHash.Of(settings.ManifestPath)[..16] + ".pyo3"));
        var session = new CargoBuildSession(cargo, cargoSettings, runner, ReportAndKeep,
            detail => Log.LogMessage(MessageImportance.Low, "{0}", detail),
            status => Log.LogMessage(MessageImportance.Normal, "{0}", status),
            () => rules.RuleSet, PyO3Of(checkedCrate), WorkspaceRootOf(checkedCrate),
            (workspaceRoot, resolved) => evidence.UpgradedFrom(upgradedFrom, resolved, () => PyO3UpgradeEvidence.Committed(workspaceRoot, runner, CancellationToken)),
            probe => NativeLibrariesCacheFile(checkedCrate, probe));
        var started = DateTime.UtcNow;
        var yielded = BuildEngine is IBuildEngine3;
        if (yielded)
        {
            ((IBuildEngine3)BuildEngine).Yield();
        }

        try
        {
            var artifacts = session.Run(CancellationToken);
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
            if (yielded)
            {
                ((IBuildEngine3)BuildEngine).Reacquire();
            }
        }
    }

    private static bool IsFalse(string metadata) => string.Equals(metadata, "false", StringComparison.OrdinalIgnoreCase);

    private void Report(BuildDiagnostic diagnostic) => Log.Log(warningPolicy.Apply(presentation.Present(diagnostic)));

    /// <summary>
    /// The user's variables, and what cargo needs besides them to run the rustc the toolchain gate checked
    /// (see <see cref="RustcSelection"/>).
    /// </summary>
    private static IReadOnlyDictionary<string, string> ForCargo(string cargo, CargoBuildSettings settings, IReadOnlyDictionary<string, string> environment)
    {
        var rustc = RustcSelection.Select(cargo, environment, Path.GetDirectoryName(settings.ManifestPath)!, Environment.GetEnvironmentVariable, ExecutableLocator.HomeDirectory);
        return rustc.RustcForCargo is { } rustcForCargo
            ? new Dictionary<string, string>(environment, StringComparer.Ordinal) { ["RUSTC"] = rustcForCargo }
            : environment;
    }

    private CargoBuildSettings WithMuslCdylibFlags(string cargo, CargoBuildSettings settings)
    {
        if (!MuslCdylibRustflags.IsMusl(settings.TargetTriple) || !MuslCdylibRustflags.BuildsCdylib(settings.ManifestPath, settings.Packages))
        {
            return settings;
        }

        var directory = Path.GetDirectoryName(settings.ManifestPath)!;
        string? Variable(string name) => settings.Environment.TryGetValue(name, out var value) ? value : Environment.GetEnvironmentVariable(name);
        var encoded = MuslCdylibRustflags.EncodedFor(settings.TargetTriple!, Variable, CargoConfigFiles.For(directory, CargoHome()),
            () => RustcSelection.Select(cargo, settings.Environment, directory, Environment.GetEnvironmentVariable, ExecutableLocator.HomeDirectory).Path is { } rustc
                ? RustcProbe.TargetCfg(rustc, directory, settings.TargetTriple!, CancellationToken, settings.Environment)
                : new HashSet<string>());
        if (encoded is null)
        {
            return settings;
        }

        Log.LogMessage(MessageImportance.Normal,
            "{0} builds a cdylib for {1}, which musl allows only with the C runtime linked dynamically: cargo gets CARGO_ENCODED_RUSTFLAGS={2} (your rustflags, then -C {3}).",
            settings.ManifestPath, settings.TargetTriple, encoded.Replace('\u001f', ' '), MuslCdylibRustflags.Flag);
        return settings with { Environment = new Dictionary<string, string>(settings.Environment, StringComparer.Ordinal) { ["CARGO_ENCODED_RUSTFLAGS"] = encoded } };
    }

    private bool TryUpgradedFrom(ITaskItem crate, string manifest, out CargoVersion? upgradedFrom)
    {
        upgradedFrom = null;
        var configured = crate.GetMetadata(CrateMetadata.PyO3UpgradedFrom) is { Length: > 0 } metadata ? metadata : PyO3UpgradedFrom;
        if (string.IsNullOrWhiteSpace(configured) || CargoVersion.TryParse(configured, out upgradedFrom))
        {
            return true;
        }

        Log.Log(new BuildDiagnostic(DiagnosticCodes.InvalidUpgradedFrom,
            $"PyO3UpgradedFrom '{configured}' for {manifest} is not a version; give the pyo3 version the code was written for, like 0.20 or 0.20.3.")
            { File = crate.GetMetadata("DefiningProjectFullPath") });
        return false;
    }

    /// <summary>The crate's Windows ABI (metadata or property) is one Rust has, or unset; else reported, whatever the RID, to catch a typo early.</summary>
    private bool KnowsWindowsAbi(ITaskItem crate)
    {
        if (CrateItem.WindowsAbi(crate, WindowsAbi) is not { } abi || RuntimeIdentifierMap.IsWindowsAbi(abi))
        {
            return true;
        }

        Log.Log(new BuildDiagnostic(DiagnosticCodes.UnknownWindowsAbi,
            $"WindowsAbi '{abi}' for CargoCrate '{crate.ItemSpec}' is not a Windows ABI Rust builds for; use one of {string.Join(", ", RuntimeIdentifierMap.WindowsAbis)} " +
            "(the CargoWindowsAbi property or the crate's WindowsAbi metadata).")
            { File = crate.GetMetadata("DefiningProjectFullPath") });
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
            return HostRuntimeIdentifier ?? "";
        }

        if (!string.IsNullOrWhiteSpace(RuntimeIdentifier) && RuntimeIdentifierMap.TripleFor(RuntimeIdentifier!) is null)
        {
            return RuntimeIdentifier!;
        }

        return RuntimeIdentifierMap.RuntimeIdentifierFor(triple) ?? triple;
    }

    /// <summary>
    /// A library copied, published or packed beside an app must be for the app's platform: a TargetTriple metadata that
    /// builds for another RID than the build's (the host's without a RuntimeIdentifier) fails, reported, before cargo runs.
    /// </summary>
    private bool ShipsUnderBuildRuntimeIdentifier(ITaskItem crate, string? triple, string libraryRuntimeIdentifier)
    {
        var buildRuntimeIdentifier = string.IsNullOrWhiteSpace(RuntimeIdentifier) ? HostRuntimeIdentifier : RuntimeIdentifier;
        if (triple is null || string.IsNullOrWhiteSpace(buildRuntimeIdentifier)
            || string.Equals(libraryRuntimeIdentifier, buildRuntimeIdentifier, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var buildFor = string.IsNullOrWhiteSpace(RuntimeIdentifier) ? $"the host ({buildRuntimeIdentifier})" : $"RuntimeIdentifier {buildRuntimeIdentifier}";
        var libraryFor = libraryRuntimeIdentifier == triple ? "which no RuntimeIdentifier stands for" : $"RuntimeIdentifier {libraryRuntimeIdentifier}";
        var buildForLibrary = libraryRuntimeIdentifier == triple ? "" : $", build with -r {libraryRuntimeIdentifier}";
        var buildTriple = RuntimeIdentifierMap.TripleFor(buildRuntimeIdentifier!, CrateItem.WindowsAbi(crate, WindowsAbi)) is { } known ? $" ({known})" : "";
        Log.Log(new BuildDiagnostic(DiagnosticCodes.TargetNotForRuntimeIdentifier,
            $"CargoCrate '{crate.ItemSpec}' builds for the Rust target {triple} ({libraryFor}), but this build is for {buildFor}: its library would ship beside an app " +
            $"for another platform. Remove the TargetTriple metadata to build for {buildRuntimeIdentifier}{buildTriple}{buildForLibrary}, or set CopyToOutput=\"false\" on the CargoCrate.")
            { File = crate.GetMetadata("DefiningProjectFullPath") });
        return false;
    }

    private bool TryEnvironment(ITaskItem crate, IReadOnlyDictionary<string, string> projectVariables, out IReadOnlyDictionary<string, string> environment)
    {
        if (CrateItem.Environment(crate, projectVariables, out var malformed) is { } variables)
        {
            environment = variables;
            return true;
        }

        environment = projectVariables;
        Log.Log(new BuildDiagnostic(DiagnosticCodes.InvalidEnvironmentVariable,
            $"The Environment metadata of CargoCrate '{crate.ItemSpec}' has an entry that is not NAME=value: '{malformed}'. {EnvironmentVariablesFormat}")
            { File = crate.GetMetadata("DefiningProjectFullPath") });
        return false;
    }

    /// <summary>With a configured rustc wrapper, the variables for cargo hold its full path; one that is not there is reported.</summary>
    private bool TryRustcWrapper(ITaskItem crate, string manifest, ref IReadOnlyDictionary<string, string> environment)
    {
        if (CrateItem.RustcWrapper(crate, RustcWrapper, ProjectFileOrTaskNode) is not { } wrapper)
        {
            return true;
        }

        if (wrapper.Resolve(CargosPath(environment)) is { } resolved)
        {
            environment = RustcWrapperSetting.ForCargo(environment, resolved);
            return true;
        }

        ReportMissing(wrapper, manifest);
        return false;
    }

    /// <summary>A wrapper from cargo's own settings (variables, config files) is there; checked only when cargo runs, as it reads the config files.</summary>
    private bool CargosRustcWrapperIsThere(CargoBuildSettings settings)
    {
        var directory = Path.GetDirectoryName(settings.ManifestPath)!;
        var wrapper = RustcWrapperSetting.FromCargoSettings(settings.Environment, Environment.GetEnvironmentVariable,
            () => CargoConfigFiles.For(directory, CargoHome()), directory, ProjectFileOrTaskNode);
        if (wrapper is null || wrapper.Resolve(CargosPath(settings.Environment)) is not null)
        {
            return true;
        }

        ReportMissing(wrapper, settings.ManifestPath);
        return false;
    }

    private void ReportMissing(RustcWrapperSetting wrapper, string manifest) =>
        Log.Log(new BuildDiagnostic(DiagnosticCodes.RustcWrapperNotFound,
            $"The rustc wrapper '{wrapper.Value}' ({wrapper.Origin}) for {manifest} was not found (looked for {wrapper.DescribeSearch()}). " +
            "Install it (sccache: apt-get install sccache, brew install sccache or cargo install sccache), give its full path, or remove the setting to build without a wrapper.")
            { File = wrapper.ReportedFile, Line = wrapper.Line, Column = wrapper.Column });

    private string ProjectFileOrTaskNode => ProjectFile is { Length: > 0 } project ? project : BuildEngine.ProjectFileOfTaskNode;

    private static string? CargosPath(IReadOnlyDictionary<string, string> environment) =>
        environment.TryGetValue("PATH", out var forCargo) ? forCargo : Environment.GetEnvironmentVariable("PATH");

    // The gate already read the workspace's manifests; only without it are they read here.
    private IReadOnlyList<string> DiscoverInputs(CargoBuildSettings settings, ITaskItem? checkedCrate)
    {
        var workspaceFiles = checkedCrate?.GetMetadata(CheckedCrateMetadata.WorkspaceFiles) is { Length: > 0 } known
            ? known.Split(';')
            : CargoInputFiles.WorkspaceFiles(settings.ManifestPath);
        return [.. CargoInputFiles.Discover(settings.ManifestPath, workspaceFiles, CargoHome()).Concat(RuleFiles.Select(file => file.GetMetadata("FullPath")))];
    }

    // Kept only for a toolchain the gate identified (release and commit): the answer changes with the toolchain.
    private string? NativeLibrariesCacheFile(ITaskItem? checkedCrate, string probe) =>
        checkedCrate is null
            ? null
            : Path.Combine(Path.GetFullPath(StateDirectory), TextHash.Of($"{ToolchainIdentity(checkedCrate)}|{probe}")[..16] + ".native-static-libs");

    // One state file per crate, profile and target, so that Debug and Release builds do not undo each other.
    private static string StateFileName(CargoBuildSettings settings) =>
        TextHash.Of($"{settings.ManifestPath}|{settings.Profile}|{settings.TargetTriple}")[..16] + ".state";

    private static string ToolchainIdentity(ITaskItem? checkedCrate) =>
        checkedCrate is null
            ? "not checked"
            : $"{checkedCrate.GetMetadata(CheckedCrateMetadata.RustVersion)}|{checkedCrate.GetMetadata(CheckedCrateMetadata.RustChannel)}|{checkedCrate.GetMetadata(CheckedCrateMetadata.RustCommit)}|{checkedCrate.GetMetadata(CheckedCrateMetadata.RustHost)}";

    private static string? CargoHome() =>
        Environment.GetEnvironmentVariable("CARGO_HOME") is { Length: > 0 } cargoHome
            ? cargoHome
            : ExecutableLocator.HomeDirectory is { } home ? Path.Combine(home, ".cargo") : null;

    private static string? WorkspaceRootOf(ITaskItem? checkedCrate) =>
        checkedCrate?.GetMetadata(CheckedCrateMetadata.WorkspaceRoot) is { Length: > 0 } root ? root : null;

    private static PyO3FromGate PyO3Of(ITaskItem? checkedCrate) =>
        checkedCrate is null
            ? new PyO3FromGate(false, null)
            : new PyO3FromGate(true, CargoVersion.TryParse(checkedCrate.GetMetadata(CheckedCrateMetadata.PyO3Version), out var version) ? version : null);
}
