using CargoBuild.Diagnostics;
using CargoBuild.Processes;
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

    /// <summary>The rustc to ask; by default RUSTC, then the rustc beside CargoPath, then PATH and ~/.cargo/bin.</summary>
    public string? RustcPath { get; set; }

    public string? CargoPath { get; set; }

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
        var rustc = LocateRustc();
        var checkedCrates = new List<ITaskItem>();
        foreach (var crate in Crates)
        {
            if (CancellationToken.IsCancellationRequested)
            {
                break;
            }

            if (CrateItem.ResolveManifest(crate) is not { } manifest)
            {
                Log.Log(new BuildDiagnostic(DiagnosticSeverity.Error, DiagnosticCodes.CrateNotFound, CrateItem.DescribeMissing(crate)));
                continue;
            }

            if (Check(crate, manifest, rustc) is { } checkedCrate)
            {
                checkedCrates.Add(checkedCrate);
            }
        }

        CheckedCrates = [.. checkedCrates];
        return true;
    }

    private ITaskItem? Check(ITaskItem crate, string manifest, string? rustc)
    {
        var diagnostics = new List<BuildDiagnostic>();
        var settings = Settings(crate, diagnostics);
        var directory = Path.GetDirectoryName(manifest)!;
        var fingerprint = rustc is null ? null : RustcFingerprint.Compute(rustc, directory, ExecutableLocator.HomeDirectory);
        var recordFile = string.IsNullOrEmpty(StateDirectory) ? null : Path.Combine(Path.GetFullPath(StateDirectory), TextHash.Of(manifest)[..16] + ".toolchain");
        var key = settings is null || fingerprint is null ? null : ToolchainCheckRecord.KeyOf(settings, manifest, fingerprint);
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
            Log.Log(new BuildDiagnostic(DiagnosticSeverity.Error, ToolchainCodes.RustcNotFound,
                $"rustc was not found (looked for {ExecutableLocator.DescribeSearch("rustc", RustcPath, ExecutableLocator.HomeDirectory)}), so the toolchain for {manifest} cannot be checked. " +
                "Install Rust with rustup (https://rustup.rs).") { File = manifest });
            return null;
        }

        var toolchain = Probe(rustc, directory, fingerprint, out var failure);
        if (toolchain is null)
        {
            Log.Log(new BuildDiagnostic(DiagnosticSeverity.Error, ToolchainCodes.RustcProbeFailed, $"The Rust toolchain for {manifest} could not be identified: {failure}")
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

        var record = new ToolchainCheckRecord(
        [
            new("RustVersion", toolchain.Release.ToString()),
            new("RustChannel", toolchain.Channel.ToString().ToLowerInvariant()),
            new("RustCommit", toolchain.CommitHash ?? ""),
            new("RustHost", toolchain.Host ?? ""),
            new("PyO3Version", facts.PyO3 is { Versions.Count: > 0 } pyo3 ? pyo3.Versions[0].ToString() : ""),
            new("PyO3VersionSource", facts.PyO3?.Source ?? ""),
            new("WorkspaceRoot", facts.WorkspaceRoot),
            new("WorkspaceFiles", string.Join(";", facts.WorkspaceFiles)),
        ], verdict.Summary);
        if (recordFile is not null)
        {
            record.Write(recordFile, key!, facts.WorkspaceFiles);
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
        var rust = Minimum(crate, "RustMinimumVersion", RustMinimumVersion, diagnostics);
        var pyo3 = Minimum(crate, "PyO3MinimumVersion", PyO3MinimumVersion, diagnostics);
        var requireStable = crate.GetMetadata("RustRequireStable") is { Length: > 0 } value
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
            diagnostics.Add(new BuildDiagnostic(DiagnosticSeverity.Error, ToolchainCodes.InvalidVersion, $"{origin} is \"{text}\", which is not a version such as \"1.70\"."));
            return null;
        }

        return new VersionRequirementSource(version!, text!, origin);
    }

    // One probe per toolchain and crate folder for the whole build, shared by every project that checks the crate,
    // and none at all while nothing that picks the toolchain changed since an earlier build.
    private RustcVersionInfo? Probe(string rustc, string directory, string fingerprint, out string? failure)
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
                line => Log.LogMessage(MessageImportance.Low, "{0}", line));
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

    private string? LocateRustc()
    {
        var configured = RustcPath ?? Environment.GetEnvironmentVariable("RUSTC");
        if (string.IsNullOrWhiteSpace(configured) && !string.IsNullOrWhiteSpace(CargoPath) && Path.GetDirectoryName(Path.GetFullPath(CargoPath!)) is { } cargoDirectory)
        {
            var besideCargo = Path.Combine(cargoDirectory, OperatingSystem.IsWindows() ? "rustc.exe" : "rustc");
            configured = File.Exists(besideCargo) ? besideCargo : null;
        }

        return ExecutableLocator.Find("rustc", configured, Environment.GetEnvironmentVariable("PATH"), ExecutableLocator.HomeDirectory);
    }
}
