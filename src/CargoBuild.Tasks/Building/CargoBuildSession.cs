using System.Text;
using CargoBuild.CargoErrors;
using CargoBuild.Diagnostics;
using CargoBuild.Migrations;
using CargoBuild.Processes;
using CargoBuild.UpToDate;
using CargoBuild.Versions;

namespace CargoBuild.Building;

/// <summary>
/// One crate's cargo build: finds the workspace root (rustc's relative paths resolve against it) unless the toolchain
/// gate already did, runs <c>cargo build</c>, and turns everything cargo says into diagnostics, so that no failure goes
/// unexplained. The rules are first needed when the first diagnostic arrives, and so is <paramref name="upgradedFrom"/>
/// (given the workspace root and the resolved pyo3: the pyo3 version the code was written for, when known).
/// <paramref name="nativeLibrariesCacheFile"/> gives, for a rustc and target, the file where the native libraries of
/// their static libraries are kept, or null to ask rustc each time.
/// </summary>
internal sealed class CargoBuildSession(
    string cargoPath,
    CargoBuildSettings settings,
    IProcessRunner runner,
    Action<BuildDiagnostic> report,
    Action<string> logDetail,
    Action<string> logStatus,
    Func<MigrationRuleSet> rules,
    PyO3FromGate pyo3,
    string? workspaceRoot,
    Func<string, CargoVersion?, CargoVersion?>? upgradedFrom = null,
    Func<string, string?>? nativeLibrariesCacheFile = null)
{
    // The user's variables, then what CargoBuild needs: progress bars and colour codes would land in the build log
    // as noise.
    private readonly IReadOnlyDictionary<string, string?> environment = new Dictionary<string, string?>(
        settings.Environment.Select(variable => KeyValuePair.Create(variable.Key, (string?)variable.Value)), StringComparer.Ordinal)
    {
        ["CARGO_TERM_PROGRESS_WHEN"] = "never",
        ["CARGO_TERM_COLOR"] = "never",
    };

    private readonly string workingDirectory = Path.GetDirectoryName(settings.ManifestPath)!;

    private Func<CargoVersion?> resolvedPyO3 = () => null;

    /// <summary>The breaking changes the build's diagnostics came from (empty until <see cref="Run"/>).</summary>
    public UpgradeSummary Summary { get; private set; } = new();

    /// <summary>The build-script runs and compiled targets of the local packages (after <see cref="Run"/>).</summary>
    public EnvironmentDependencySources EnvironmentSources { get; private set; } = new();

    /// <summary>The pyo3 version the crate built with (after <see cref="Run"/>; null without pyo3).</summary>
    public CargoVersion? ResolvedPyO3 => resolvedPyO3();

    /// <summary>Runs cargo; null when the build failed or was cancelled (the reasons are reported).</summary>
    public IReadOnlyList<NativeArtifact>? Run(CancellationToken cancellationToken)
    {
        var metadata = workspaceRoot is not null ? new CargoWorkspaceMetadata(workspaceRoot) : ReadWorkspaceMetadata(cancellationToken);
        if (metadata is null || cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        IReadOnlyDictionary<string, CargoVersion>? resolved = null;
        IReadOnlyDictionary<string, CargoVersion> Resolved() => resolved ??= ResolvedDependencies.Read(metadata.WorkspaceRoot, pyo3);
        var rewriter = new DiagnosticRewriter(rules, Resolved,
            () => upgradedFrom?.Invoke(metadata.WorkspaceRoot, Resolved().TryGetValue(CrateMigrationRules.PyO3Package, out var version) ? version : null));
        Summary = rewriter.Summary;
        resolvedPyO3 = () => Resolved().GetValueOrDefault(CrateMigrationRules.PyO3Package);
        var reader = new CargoBuildOutputReader(new RustcDiagnosticMapper(metadata.WorkspaceRoot), report, logDetail, rewriter);
        EnvironmentSources = reader.EnvironmentSources;
        var stderr = new CargoStderrParser();
        var arguments = CargoCommandLine.Build(settings);
        logStatus($"{cargoPath} {string.Join(" ", arguments.Select(Quote))}");
        var result = Execute(arguments, line =>
        {
            if (line.IsStandardError)
            {
                // A backtrace (RUST_BACKTRACE set) is for whoever digs into the log, not for the build's output.
                if (stderr.Add(line.Text))
                {
                    logDetail(line.Text);
                }
                else
                {
                    logStatus(line.Text);
                }
            }
            else
            {
                reader.ReadStandardOutput(line.Utf8.Span);
            }
        }, cancellationToken);
        reader.Complete();
        if (result is null)
        {
            return null;
        }

        var stderrResult = stderr.Complete(settings.ManifestPath);
        var cargoErrors = ReportCargoErrors(stderrResult, rewriter);
        if (result.WasCancelled)
        {
            report(new BuildDiagnostic(DiagnosticCodes.BuildCancelled,
                $"The build was cancelled; cargo ({settings.ManifestPath}) was stopped.") { File = settings.ManifestPath });
            return null;
        }

        if (result.ExitCode != 0 || reader.BuildSucceeded == false)
        {
            if (reader.ReportedErrors == 0 && cargoErrors == 0)
            {
                var what = stderrResult.SawCompileFailureSummary ? "cargo said a crate could not compile, but rustc's diagnostics did not arrive" : "cargo build failed";
                report(new BuildDiagnostic(DiagnosticCodes.CargoFailedWithoutDiagnostic,
                    $"{what} (exit code {result.ExitCode}) without a diagnostic CargoBuild could read; see cargo's output above. Command: cargo {string.Join(" ", arguments.Select(Quote))}")
                    { File = settings.ManifestPath });
            }

            return null;
        }

        if (TrustedArtifacts(reader.Artifacts, metadata, cancellationToken) is not { } trusted)
        {
            return null;
        }

        var artifacts = reader.BuiltPyO3ExtensionModule ? PythonModuleDetection.Mark(trusted, metadata.WorkspaceRoot) : trusted;
        return WithLinkArguments(artifacts, reader.LinkRequests, cancellationToken);
    }

    /// <summary>
    /// The artifacts that are cargo's: anything on cargo's stdout reads as its JSON, a proc macro's println! too, so
    /// a file outside the target folder is reported and left out, never copied to the output, publish or packs. The
    /// folder is the one CargoBuild or the environment gives cargo, else the workspace's target/; only when a file
    /// lies outside that is cargo asked where its target folder is (a config's build.target-dir). A file cargo
    /// names that does not exist fails the build here, not later in a copy.
    /// </summary>
    private IReadOnlyList<NativeArtifact>? TrustedArtifacts(IReadOnlyList<NativeArtifact> artifacts, CargoWorkspaceMetadata metadata, CancellationToken cancellationToken)
    {
        var expected = settings.TargetDirectory ?? NonEmpty(environment.GetValueOrDefault("CARGO_TARGET_DIR"))
            ?? NonEmpty(Environment.GetEnvironmentVariable("CARGO_TARGET_DIR")) ?? metadata.TargetDirectory;
        var targetDirectory = Path.GetFullPath(expected ?? Path.Combine(metadata.WorkspaceRoot, "target"), workingDirectory);
        if (expected is null && artifacts.Any(artifact => !IsInside(artifact.Path, targetDirectory))
            && ReadWorkspaceMetadata(cancellationToken)?.TargetDirectory is { } reported)
        {
            targetDirectory = reported;
        }

        var trusted = new List<NativeArtifact>();
        foreach (var artifact in artifacts)
        {
            if (!IsInside(artifact.Path, targetDirectory))
            {
                report(new BuildDiagnostic(DiagnosticCodes.ArtifactOutsideTargetDirectory,
                    $"cargo's output for {settings.ManifestPath} names {artifact.Path} as an artifact of {artifact.PackageId}, outside its target folder " +
                    $"{targetDirectory}: it is not copied. Something printed a cargo message on cargo's output (a proc macro or build tool writing to stdout?).")
                    { File = settings.ManifestPath });
            }
            else if (!File.Exists(artifact.Path))
            {
                report(new BuildDiagnostic(DiagnosticCodes.ArtifactMissing,
                    $"cargo reported building {artifact.Path} for {settings.ManifestPath}, but the file does not exist; run the build again, or cargo clean if it persists.")
                    { File = settings.ManifestPath });
                return null;
            }
            else
            {
                trusted.Add(artifact);
            }
        }

        return trusted;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static bool IsInside(string path, string directory)
    {
        try
        {
            return Path.GetFullPath(path).StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + Path.DirectorySeparatorChar,
                OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// The artifacts, each static library with the native libraries a program linking it needs: those the build
    /// scripts asked for, then the standard library's (rustc orders a crate's libraries before those of its dependencies).
    /// </summary>
    private IReadOnlyList<NativeArtifact> WithLinkArguments(IReadOnlyList<NativeArtifact> artifacts, BuildScriptLinkArguments buildScripts, CancellationToken cancellationToken)
    {
        if (!artifacts.Any(artifact => artifact.Kind == NativeArtifactKind.StaticLibrary))
        {
            return artifacts;
        }

        var rustc = RustcOf();
        var standardLibrary = NativeStaticLibraries.Probe(rustc, settings.TargetTriple, workingDirectory, environment, runner, logDetail, cancellationToken,
            nativeLibrariesCacheFile?.Invoke($"{rustc}|{settings.TargetTriple}"));
        if (standardLibrary is null)
        {
            report(new BuildDiagnostic(DiagnosticCodes.StaticLibraryLinkArgumentsUnknown,
                $"{rustc} could not tell the native libraries the static library of {settings.ManifestPath} needs (rustc --print native-static-libs, see the build log): " +
                "a NativeAOT link of it may miss some; add them as LinkerArg items (-lname).") { File = settings.ManifestPath });
        }

        // Without a target, cargo builds for the host: MSVC's link.exe on Windows.
        var msvc = settings.TargetTriple?.EndsWith("-msvc", StringComparison.Ordinal) ?? OperatingSystem.IsWindows();
        var linkArguments = string.Join(" ", [.. buildScripts.Arguments(msvc), .. standardLibrary is null ? Array.Empty<string>() : [standardLibrary]]);

        return [.. artifacts.Select(artifact => artifact.Kind == NativeArtifactKind.StaticLibrary ? artifact with { LinkArguments = linkArguments } : artifact)];
    }

    // The rustc cargo runs: RUSTC when set (for cargo, or in the build's environment), else the one beside cargo
    // (a toolchain's bin folder, or rustup's proxies), else the one on PATH.
    private string RustcOf()
    {
        if (settings.Environment.TryGetValue("RUSTC", out var configured) && configured.Length > 0)
        {
            return configured;
        }

        if (Environment.GetEnvironmentVariable("RUSTC") is { Length: > 0 } inherited)
        {
            return inherited;
        }

        var besideCargo = Path.Combine(Path.GetDirectoryName(cargoPath) ?? "", "rustc" + Path.GetExtension(cargoPath));
        return Path.IsPathRooted(besideCargo) && File.Exists(besideCargo) ? besideCargo : "rustc";
    }

    private CargoWorkspaceMetadata? ReadWorkspaceMetadata(CancellationToken cancellationToken)
    {
        var json = new StringBuilder();
        var stderr = new CargoStderrParser();
        var arguments = CargoCommandLine.Metadata(settings);
        var result = Execute(arguments, line =>
        {
            if (line.IsStandardError)
            {
                stderr.Add(line.Text);
                logDetail(line.Text);
            }
            else
            {
                json.AppendLine(line.Text);
            }
        }, cancellationToken);
        if (result is null || result.WasCancelled)
        {
            return null;
        }

        var metadata = result.ExitCode == 0 ? CargoWorkspaceMetadata.TryParse(json.ToString()) : null;
        if (metadata is null && ReportCargoErrors(stderr.Complete(settings.ManifestPath), null) == 0)
        {
            report(new BuildDiagnostic(DiagnosticCodes.CargoMetadataFailed,
                $"cargo could not read the workspace of {settings.ManifestPath} (cargo metadata exit code {result.ExitCode}).")
                { File = settings.ManifestPath });
        }

        return metadata;
    }

    private int ReportCargoErrors(CargoStderrResult stderr, DiagnosticRewriter? rewriter)
    {
        var errors = 0;
        foreach (var cargoError in stderr.Diagnostics)
        {
            var diagnostic = rewriter?.RewriteCargoError(cargoError) ?? cargoError;
            errors += diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
            report(diagnostic);
        }

        return errors;
    }

    private ProcessResult? Execute(IReadOnlyList<string> arguments, Action<OutputLine> onLine, CancellationToken cancellationToken)
    {
        var result = runner.Run(cargoPath, arguments, workingDirectory, environment, onLine, cancellationToken);
        if (result.StartFailure is not { } notStarted)
        {
            return result;
        }

        report(new BuildDiagnostic(DiagnosticCodes.CargoFailedToStart,
            $"cargo could not be started ({cargoPath}): {notStarted}") { File = settings.ManifestPath });
        return null;
    }

    private static string Quote(string argument) => argument.Contains(' ') ? $"\"{argument}\"" : argument;
}
