using CargoBuild.Building;
using CargoBuild.Diagnostics;
using CargoBuild.Processes;
using CargoBuild.Surface;
using CargoBuild.UpToDate;
using CargoBuild.Versions;

namespace CargoBuild.Toolchain;

/// <summary>
/// The toolchain gate: before anything compiles, checks that the toolchain each crate will build with meets the
/// minimum Rust version (and channel), that its PyO3 meets the minimum PyO3 version, and that the target's standard
/// library is installed. A passed check is recorded and reused while nothing it read changed; every finding goes to
/// <paramref name="log"/>.
/// </summary>
internal sealed class ToolchainGate(ToolchainGateSettings settings, IBuildLog log, IBuildCache? cache, CancellationToken cancellationToken)
{
    /// <summary>The crates that passed, in order; a crate that failed is left out, with its errors logged.</summary>
    public IReadOnlyList<CheckedCrate> Check(IEnumerable<CrateDeclaration> crates)
    {
        var cargo = ExecutableLocator.Find("cargo", settings.CargoPath, Environment.GetEnvironmentVariable("PATH"), ExecutableLocator.HomeDirectory);

        // A malformed entry is CargoCompile's to report; the check does without it.
        var projectVariables = EnvironmentVariableList.Parse(settings.EnvironmentVariables, out _) ?? new Dictionary<string, string>();
        var checkedCrates = new List<CheckedCrate>();
        foreach (var crate in crates)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            if (crate.ResolveManifest() is not { } manifest)
            {
                log.Report(new BuildDiagnostic(DiagnosticCodes.CrateNotFound, crate.DescribeMissing()));
                continue;
            }

            if (Check(crate, manifest, cargo, projectVariables) is { } checkedCrate)
            {
                checkedCrates.Add(checkedCrate);
            }
        }

        return checkedCrates;
    }

    private CheckedCrate? Check(CrateDeclaration crate, string manifest, string? cargo, IReadOnlyDictionary<string, string> projectVariables)
    {
        var diagnostics = new List<BuildDiagnostic>();
        var policy = Settings(crate, diagnostics);
        var directory = Path.GetDirectoryName(manifest)!;
        var variables = crate.Environment(projectVariables, out _) ?? projectVariables;
        var selected = RustcSelection.Select(cargo, variables, directory, Environment.GetEnvironmentVariable, ExecutableLocator.HomeDirectory);
        var rustc = selected.Path;
        var triple = TargetTripleOf(crate);
        var fingerprint = rustc is null ? null : RustcFingerprint.Compute(rustc, directory, ExecutableLocator.HomeDirectory, variables);
        var recordFile = StateFile(TextHash.Of(manifest)[..16] + ".toolchain");
        var key = policy is null || fingerprint is null ? null : ToolchainCheckRecord.KeyOf(policy, manifest, fingerprint, triple);
        if (recordFile is not null && key is not null && ToolchainCheckRecord.ReadCurrent(recordFile, key) is { } recorded)
        {
            log.Message(MessageLevel.Detail, $"The toolchain check of {manifest} is reused from {recordFile}: nothing it depends on changed.");
            return Passed(manifest, recorded);
        }

        return CheckAndRecord(crate, manifest, diagnostics, policy, directory, variables, selected, triple, fingerprint, recordFile, key);
    }

    // Apart from the reuse above: the runtime prepares what a method names when it first runs it, and a no-op build
    // then never prepares the full check's types.
    private CheckedCrate? CheckAndRecord(CrateDeclaration crate, string manifest, List<BuildDiagnostic> diagnostics, ToolchainSettings? policy, string directory,
        IReadOnlyDictionary<string, string> variables, SelectedRustc selected, string? triple, string? fingerprint, string? recordFile, string? key)
    {
        var rustc = selected.Path;
        var facts = CrateToolchainAnalyzer.Analyze(manifest, diagnostics);
        if (facts is null || policy is null)
        {
            diagnostics.ForEach(log.Report);
            return null;
        }

        if (rustc is null || fingerprint is null)
        {
            log.Report(new BuildDiagnostic(DiagnosticCodes.RustcNotFound,
                $"rustc was not found (looked for {selected.Origin}), so the toolchain for {manifest} cannot be checked. " +
                "Install Rust with rustup (https://rustup.rs).") { File = manifest });
            return null;
        }

        log.Message(MessageLevel.Detail, $"{manifest} builds with {rustc} (chosen by {selected.Origin}).");
        var toolchain = Probe(rustc, directory, fingerprint, variables, out var failure);
        if (toolchain is null)
        {
            log.Report(new BuildDiagnostic(DiagnosticCodes.RustcProbeFailed, $"The Rust toolchain for {manifest} could not be identified: {failure}")
                { File = manifest });
            return null;
        }

        var verdict = ToolchainPolicy.Evaluate(facts, toolchain, policy, PyO3RustRequirements.BuiltIn);
        foreach (var error in verdict.Errors)
        {
            log.Report(error);
        }

        if (!verdict.Passed)
        {
            return null;
        }

        var targetLibrary = triple is not null && TargetStandardLibrary.IsNeeded(triple, toolchain.Host, CommandLineSplitter.Split(crate.Get(CrateMetadata.CargoArgs)))
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

    private CheckedCrate Passed(string manifest, ToolchainCheckRecord record)
    {
        log.Message(MessageLevel.Normal, record.Summary);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in record.Metadata)
        {
            metadata[name] = value;
        }

        return new CheckedCrate(manifest, metadata);
    }

    private ToolchainSettings? Settings(CrateDeclaration crate, List<BuildDiagnostic> diagnostics)
    {
        var rust = Minimum(crate, CrateMetadata.RustMinimumVersion, settings.RustMinimumVersion, diagnostics);
        var pyo3 = Minimum(crate, CrateMetadata.PyO3MinimumVersion, settings.PyO3MinimumVersion, diagnostics);
        var requireStable = crate.Get(CrateMetadata.RustRequireStable) is { Length: > 0 } value
            ? string.Equals(value, "true", StringComparison.OrdinalIgnoreCase)
            : settings.RustRequireStable;
        return diagnostics.Count > 0 ? null : new ToolchainSettings(rust, requireStable, pyo3);
    }

    private VersionRequirementSource? Minimum(CrateDeclaration crate, string name, string? property, List<BuildDiagnostic> diagnostics)
    {
        var fromMetadata = crate.Trimmed(name);
        var text = fromMetadata ?? property?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var origin = fromMetadata is null ? $"the {name} property" : $"{name} metadata of CargoCrate '{crate.ItemSpec}'";

        // Reported where it was set: the project (or the one that defines the item), not CargoBuild's own targets.
        var setIn = fromMetadata is not null && crate.DefiningProject is { Length: > 0 } defining ? defining : settings.ProjectFile;
        if (!CargoVersion.TryParse(text, out var version))
        {
            diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidVersion, $"{origin} is \"{text}\", which is not a version such as \"1.70\".") { File = setIn });
            return null;
        }

        return new VersionRequirementSource(version!, text!, origin) { File = setIn };
    }

    // One probe per toolchain and crate folder for the whole build, shared by every project that checks the crate,
    // and none at all while nothing that picks the toolchain changed since an earlier build.
    private RustcVersionInfo? Probe(string rustc, string directory, string fingerprint, IReadOnlyDictionary<string, string> variables, out string? failure)
    {
        failure = null;
        var key = "CargoBuild.RustcProbe|" + fingerprint;
        if (cache?.Find(key) is RustcVersionInfo known)
        {
            return known;
        }

        var probes = ProbeCache();
        var probed = probes?.Find(fingerprint);
        if (probed is null)
        {
            probed = RustcProbe.Run(rustc, directory, cancellationToken, out failure, line => log.Message(MessageLevel.Detail, line), variables);
            if (probed is not null)
            {
                probes?.Store(fingerprint, probed);
            }
        }

        if (probed is not null)
        {
            cache?.Keep(key, probed);
        }

        return probed;
    }

    /// <summary>
    /// The target's std folder when it is installed; null, with the error logged, when it is not. The sysroot is asked
    /// once per toolchain and kept with the probe's answers.
    /// </summary>
    private string? CheckTarget(CrateDeclaration crate, string manifest, string triple, string rustc, string directory, string fingerprint,
        IReadOnlyDictionary<string, string> variables, RustcVersionInfo toolchain)
    {
        var key = "CargoBuild.RustcSysroot|" + fingerprint;
        var probes = ProbeCache();
        string? failure = null;
        var sysroot = cache?.Find(key) as string ?? probes?.FindSysroot(fingerprint);
        if (sysroot is null)
        {
            sysroot = RustcProbe.Sysroot(rustc, directory, cancellationToken, out failure, line => log.Message(MessageLevel.Detail, line), variables);
            if (sysroot is not null)
            {
                probes?.StoreSysroot(fingerprint, sysroot);
            }
        }

        if (sysroot is null)
        {
            log.Report(new BuildDiagnostic(DiagnosticCodes.RustcProbeFailed, $"The Rust toolchain for {manifest} could not be identified: {failure}")
                { File = manifest });
            return null;
        }

        cache?.Keep(key, sysroot);
        var library = TargetStandardLibrary.Directory(sysroot, triple);
        if (Directory.Exists(library))
        {
            return library;
        }

        var rustupHome = variables.TryGetValue("RUSTUP_HOME", out var setHome) && setHome.Length > 0 ? setHome
            : Environment.GetEnvironmentVariable("RUSTUP_HOME") is { Length: > 0 } home ? home
            : ExecutableLocator.HomeDirectory is { } userHome ? Path.Combine(userHome, ".rustup") : null;
        var runtimeIdentifier = string.IsNullOrWhiteSpace(crate.Get(CrateMetadata.TargetTriple)) ? settings.RuntimeIdentifier : null;
        log.Report(new BuildDiagnostic(DiagnosticCodes.TargetNotInstalled,
            TargetStandardLibrary.DescribeMissing(triple, runtimeIdentifier, toolchain, sysroot, TargetStandardLibrary.RustupToolchainOf(sysroot, rustupHome), manifest))
            { File = crate.DefiningProject is { Length: > 0 } project ? project : manifest });
        return null;
    }

    private RustcProbeCache? ProbeCache() => StateFile("rustc-probes.txt") is { } file ? new RustcProbeCache(file) : null;

    private string? StateFile(string name) =>
        string.IsNullOrEmpty(settings.StateDirectory) ? null : Path.Combine(Path.GetFullPath(settings.StateDirectory), name);

    // As CargoCompile picks it: TargetTriple metadata, else the RuntimeIdentifier's triple for the crate's Windows ABI;
    // an unknown RuntimeIdentifier or ABI is CargoCompile's to report.
    private string? TargetTripleOf(CrateDeclaration crate) =>
        crate.Trimmed(CrateMetadata.TargetTriple) is { Length: > 0 } metadata ? metadata : crate.RuntimeTriple(settings.RuntimeIdentifier, settings.WindowsAbi);
}
