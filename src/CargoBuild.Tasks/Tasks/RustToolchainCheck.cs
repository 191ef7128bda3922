using CargoBuild.Building;
using CargoBuild.Diagnostics;
using CargoBuild.Processes;
using CargoBuild.Surface;
using CargoBuild.Toolchain;
using CargoBuild.UpToDate;
using CargoBuild.Versions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace CargoBuild.Tasks;

/// <summary>
/// The toolchain gate: before anything compiles, checks that the toolchain each crate will build with meets the
/// minimum Rust version (and channel) and that its PyO3 meets the minimum PyO3 version.
/// </summary>
public sealed class RustToolchainCheck : CargoTask
{
    /// <summary>CargoCrate items; metadata RustMinimumVersion, RustRequireStable and PyO3MinimumVersion override the properties.</summary>
    [Required]
    public ITaskItem[] Crates { get; set; } = [];

    public string? RustMinimumVersion { get; set; }

    public bool RustRequireStable { get; set; }

    public string? PyO3MinimumVersion { get; set; }

    /// <summary>The cargo that will build; the rustc it runs is the one checked (see <see cref="RustcSelection"/>).</summary>
    public string? CargoPath { get; set; }

    /// <summary>CargoEnvironmentVariables: RUSTC and RUSTUP_TOOLCHAIN set there (or in Environment metadata) pick the toolchain.</summary>
    public string? EnvironmentVariables { get; set; }

    /// <summary>The RuntimeIdentifier cargo builds for (TargetTriple metadata overrides it): its std must be installed.</summary>
    public string? RuntimeIdentifier { get; set; }

    /// <summary>CargoWindowsAbi: the ABI a Windows RuntimeIdentifier builds for (WindowsAbi metadata overrides it).</summary>
    public string? WindowsAbi { get; set; }

    /// <summary>
    /// Where to keep passed checks and `rustc -vV` answers between builds (obj/); empty checks from scratch every build.
    /// </summary>
    public string? StateDirectory { get; set; }

    /// <summary>
    /// One per crate: the full manifest path, with metadata RustVersion, RustChannel, RustCommit, RustHost, PyO3Version,
    /// PyO3VersionSource, WorkspaceRoot and WorkspaceFiles (its manifests and lock file).
    /// </summary>
    [Output]
    public ITaskItem[] CheckedCrates { get; private set; } = [];

    protected override bool ExecuteCore()
    {
        var cargo = ExecutableLocator.Find("cargo", CargoPath, Environment.GetEnvironmentVariable("PATH"), ExecutableLocator.HomeDirectory);

        // A malformed entry is CargoCompile's to report; the check does without it.
        var projectVariables = EnvironmentVariableList.Parse(EnvironmentVariables, out _) ?? new Dictionary<string, string>();
        var checkedCrates = new List<ITaskItem>();
        foreach (var crate in Crates)
        {
            if (CancellationToken.IsCancellationRequested)
            {
                break;
            }

            if (CrateItem.ResolveManifest(crate) is not { } manifest)
            {
                Log.Log(new BuildDiagnostic(DiagnosticCodes.CrateNotFound, CrateItem.DescribeMissing(crate)));
                continue;
            }

            if (Check(crate, manifest, cargo, projectVariables) is { } checkedCrate)
            {
                checkedCrates.Add(checkedCrate);
            }
        }

        CheckedCrates = [.. checkedCrates];
        return true;
    }

    private ITaskItem? Check(ITaskItem crate, string manifest, string? cargo, IReadOnlyDictionary<string, string> projectVariables)
    {
        var diagnostics = new List<BuildDiagnostic>();
        var settings = Settings(crate, diagnostics);
        var directory = Path.GetDirectoryName(manifest)!;
        var variables = CrateItem.Environment(crate, projectVariables, out _) ?? projectVariables;
        var selected = RustcSelection.Select(cargo, variables, directory, Environment.GetEnvironmentVariable, ExecutableLocator.HomeDirectory);
        var rustc = selected.Path;
        var triple = TargetTripleOf(crate);
        var fingerprint = rustc is null ? null : RustcFingerprint.Compute(rustc, directory, ExecutableLocator.HomeDirectory, variables);
        var recordFile = string.IsNullOrEmpty(StateDirectory) ? null : Path.Combine(Path.GetFullPath(StateDirectory), TextHash.Of(manifest)[..16] + ".toolchain");
        var key = settings is null || fingerprint is null ? null : ToolchainCheckRecord.KeyOf(settings, manifest, fingerprint, triple);
        if (recordFile is not null && key is not null && ToolchainCheckRecord.ReadCurrent(recordFile, key) is { } recorded)
        {
            Log.LogMessage(MessageImportance.Low, "The toolchain check of {0} is reused from {1}: nothing it depends on changed.", manifest, recordFile);
            return Passed(manifest, recorded);
        }

        var facts = CrateToolchainAnalyzer.Analyze(manifest, diagnostics);
        if (facts is null || settings is null)
        {
            diagnostics.ForEach(Log.Log);
            return null;
        }

        if (rustc is null || fingerprint is null)
        {
            Log.Log(new BuildDiagnostic(DiagnosticCodes.RustcNotFound,
                $"rustc was not found (looked for {selected.Origin}), so the toolchain for {manifest} cannot be checked. " +
                "Install Rust with rustup (https://rustup.rs).") { File = manifest });
            return null;
        }

        Log.LogMessage(MessageImportance.Low, "{0} builds with {1} (chosen by {2}).", manifest, rustc, selected.Origin);
        var toolchain = Probe(rustc, directory, fingerprint, variables, out var failure);
        if (toolchain is null)
        {
            Log.Log(new BuildDiagnostic(DiagnosticCodes.RustcProbeFailed, $"The Rust toolchain for {manifest} could not be identified: {failure}")
                { File = manifest });
            return null;
        }

        var verdict = ToolchainPolicy.Evaluate(facts, toolchain, settings, PyO3RustRequirements.BuiltIn);
        foreach (var error in verdict.Errors)
        {
            Log.Log(error);
        }

        if (!verdict.Passed)
        {
            return null;
        }

        var targetLibrary = triple is not null && TargetStandardLibrary.IsNeeded(triple, toolchain.Host, CommandLineSplitter.Split(crate.GetMetadata(CrateMetadata.CargoArgs)))
            ? CheckTarget(crate, manifest, triple, rustc, directory, fingerprint, variables, toolchain)
            : "";
        if (targetLibrary is null)
        {
            return null;
        }

        var record = new ToolchainCheckRecord(
        [
            new(CheckedCrateMetadata.RustVersion, toolchain.Release.ToString()),
            new(CheckedCrateMetadata.RustChannel, toolchain.Channel.ToString().ToLowerInvariant()),
            new(CheckedCrateMetadata.RustCommit, toolchain.CommitHash ?? ""),
            new(CheckedCrateMetadata.RustHost, toolchain.Host ?? ""),
            new(CheckedCrateMetadata.PyO3Version, facts.PyO3 is { Versions.Count: > 0 } pyo3 ? pyo3.Versions[0].ToString() : ""),
            new(CheckedCrateMetadata.PyO3VersionSource, facts.PyO3?.Source ?? ""),
            new(CheckedCrateMetadata.WorkspaceRoot, facts.WorkspaceRoot),
            new(CheckedCrateMetadata.WorkspaceFiles, string.Join(";", facts.WorkspaceFiles)),
        ], verdict.Summary);
        if (recordFile is not null)
        {
            // A target removed later makes the check run again.
            record.Write(recordFile, key!, targetLibrary.Length > 0 ? [.. facts.WorkspaceFiles, targetLibrary] : facts.WorkspaceFiles);
        }

        return Passed(manifest, record);
    }

    private TaskItem Passed(string manifest, ToolchainCheckRecord record)
    {
        Log.LogMessage(MessageImportance.Normal, "{0}", record.Summary);
        var item = new TaskItem(manifest);
        foreach (var (name, value) in record.Metadata)
        {
            item.SetMetadata(name, value);
        }

        return item;
    }

    private ToolchainSettings? Settings(ITaskItem crate, List<BuildDiagnostic> diagnostics)
    {
        var rust = Minimum(crate, CrateMetadata.RustMinimumVersion, RustMinimumVersion, diagnostics);
        var pyo3 = Minimum(crate, CrateMetadata.PyO3MinimumVersion, PyO3MinimumVersion, diagnostics);
        var requireStable = crate.GetMetadata(CrateMetadata.RustRequireStable) is { Length: > 0 } value
            ? string.Equals(value, "true", StringComparison.OrdinalIgnoreCase)
            : RustRequireStable;
        return diagnostics.Count > 0 ? null : new ToolchainSettings(rust, requireStable, pyo3);
    }

    private static VersionRequirementSource? Minimum(ITaskItem crate, string name, string? property, List<BuildDiagnostic> diagnostics)
    {
        var fromMetadata = crate.GetMetadata(name) is { Length: > 0 } metadata ? metadata.Trim() : null;
        var text = fromMetadata ?? property?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var origin = fromMetadata is null ? $"the {name} property" : $"{name} metadata of CargoCrate '{crate.ItemSpec}'";
        if (!CargoVersion.TryParse(text, out var version))
        {
            diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidVersion, $"{origin} is \"{text}\", which is not a version such as \"1.70\"."));
            return null;
        }

        return new VersionRequirementSource(version!, text!, origin);
    }

    // One probe per toolchain and crate folder for the whole build, shared by every project that checks the crate,
    // and none at all while nothing that picks the toolchain changed since an earlier build.
    private RustcVersionInfo? Probe(string rustc, string directory, string fingerprint, IReadOnlyDictionary<string, string> variables, out string? failure)
    {
        failure = null;
        var key = "CargoBuild.RustcProbe|" + fingerprint;
        if (BuildEngine is IBuildEngine4 engine && engine.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) is RustcVersionInfo known)
        {
            return known;
        }

        var cache = string.IsNullOrEmpty(StateDirectory) ? null : new RustcProbeCache(Path.Combine(Path.GetFullPath(StateDirectory), "rustc-probes.txt"));
        var probed = cache?.Find(fingerprint);
        if (probed is null)
        {
            probed = RustcProbe.Run(rustc, directory, CancellationToken, out failure,
                line => Log.LogMessage(MessageImportance.Low, "{0}", line), variables);
            if (probed is not null)
            {
                cache?.Store(fingerprint, probed);
            }
        }

        if (probed is not null && BuildEngine is IBuildEngine4 registry)
        {
            registry.RegisterTaskObject(key, probed, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: true);
        }

        return probed;
    }

    /// <summary>
    /// The target's std folder when it is installed; null, with the error logged, when it is not. The sysroot is asked
    /// once per toolchain and kept with the probe's answers.
    /// </summary>
    private string? CheckTarget(ITaskItem crate, string manifest, string triple, string rustc, string directory, string fingerprint,
        IReadOnlyDictionary<string, string> variables, RustcVersionInfo toolchain)
    {
        var key = "CargoBuild.RustcSysroot|" + fingerprint;
        var cache = string.IsNullOrEmpty(StateDirectory) ? null : new RustcProbeCache(Path.Combine(Path.GetFullPath(StateDirectory), "rustc-probes.txt"));
        string? failure = null;
        var sysroot = BuildEngine is IBuildEngine4 engine && engine.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) is string known
            ? known
            : cache?.FindSysroot(fingerprint);
        if (sysroot is null)
        {
            sysroot = RustcProbe.Sysroot(rustc, directory, CancellationToken, out failure, line => Log.LogMessage(MessageImportance.Low, "{0}", line), variables);
            if (sysroot is not null)
            {
                cache?.StoreSysroot(fingerprint, sysroot);
            }
        }

        if (sysroot is null)
        {
            Log.Log(new BuildDiagnostic(DiagnosticCodes.RustcProbeFailed, $"The Rust toolchain for {manifest} could not be identified: {failure}")
                { File = manifest });
            return null;
        }

        (BuildEngine as IBuildEngine4)?.RegisterTaskObject(key, sysroot, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: true);
        var library = TargetStandardLibrary.Directory(sysroot, triple);
        if (Directory.Exists(library))
        {
            return library;
        }

        var rustupHome = variables.TryGetValue("RUSTUP_HOME", out var setHome) && setHome.Length > 0 ? setHome
            : Environment.GetEnvironmentVariable("RUSTUP_HOME") is { Length: > 0 } home ? home
            : ExecutableLocator.HomeDirectory is { } userHome ? Path.Combine(userHome, ".rustup") : null;
        var runtimeIdentifier = string.IsNullOrWhiteSpace(crate.GetMetadata(CrateMetadata.TargetTriple)) ? RuntimeIdentifier : null;
        Log.Log(new BuildDiagnostic(DiagnosticCodes.TargetNotInstalled,
            TargetStandardLibrary.DescribeMissing(triple, runtimeIdentifier, toolchain, sysroot, TargetStandardLibrary.RustupToolchainOf(sysroot, rustupHome), manifest))
            { File = crate.GetMetadata("DefiningProjectFullPath") is { Length: > 0 } project ? project : manifest });
        return null;
    }

    // As CargoCompile picks it: TargetTriple metadata, else the RuntimeIdentifier's triple for the crate's Windows ABI;
    // an unknown RuntimeIdentifier or ABI is CargoCompile's to report.
    private string? TargetTripleOf(ITaskItem crate) =>
        crate.GetMetadata(CrateMetadata.TargetTriple) is { Length: > 0 } metadata && metadata.Trim().Length > 0 ? metadata.Trim()
        : CrateItem.RuntimeTriple(crate, RuntimeIdentifier, WindowsAbi);
}
