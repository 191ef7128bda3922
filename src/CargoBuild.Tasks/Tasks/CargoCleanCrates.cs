using CargoBuild.Building;
using CargoBuild.Diagnostics;
using CargoBuild.Manifests;
using CargoBuild.Processes;
using Microsoft.Build.Framework;

namespace CargoBuild.Tasks;

/// <summary>
/// Runs <c>cargo clean</c> of the packages, profile and target that CargoCompile builds, as part of <c>dotnet clean</c>:
/// other crates in a shared target folder keep their artifacts.
/// </summary>
public sealed class CargoCleanCrates : CargoTask
{
    [Required]
    public ITaskItem[] Crates { get; set; } = [];

    public string? CargoPath { get; set; }

    public string? CargoTargetDir { get; set; }

    public string? Configuration { get; set; }

    public string? CargoProfile { get; set; }

    public string? RuntimeIdentifier { get; set; }

    /// <summary>CargoWindowsAbi: the ABI a Windows RuntimeIdentifier was built for, so that its target folder is cleaned.</summary>
    public string? WindowsAbi { get; set; }

    public bool Offline { get; set; }

    /// <summary>CargoEnvironmentVariables: cargo clean sees the variables cargo build saw (CARGO_TARGET_DIR, say).</summary>
    public string? EnvironmentVariables { get; set; }

    protected override bool ExecuteCore()
    {
        var cargo = ExecutableLocator.Find("cargo", CargoPath, Environment.GetEnvironmentVariable("PATH"), ExecutableLocator.HomeDirectory);
        if (cargo is null)
        {
            // Nothing cargo built can exist without cargo: cleaning has nothing to do.
            Log.LogMessage(MessageImportance.Normal, "cargo was not found; skipping cargo clean.");
            return true;
        }

        // A malformed entry fails the build, which reports it; clean does without the variables it cannot read.
        var projectVariables = EnvironmentVariableList.Parse(EnvironmentVariables, out _) ?? new Dictionary<string, string>();
        foreach (var crate in Crates)
        {
            if (CrateItem.ResolveManifest(crate) is not { } manifest)
            {
                continue;
            }

            var triple = CrateItem.RuntimeTriple(crate, RuntimeIdentifier, WindowsAbi);
            var settings = CrateItem.Settings(crate, manifest, Configuration, CargoProfile, triple, CargoTargetDir, Offline, locked: false);
            var packages = settings.Packages.Count > 0 ? settings.Packages : DefaultPackages(manifest);
            if (packages.Count == 0)
            {
                // cargo clean without --package would remove every crate's artifacts in the profile's folder.
                Log.LogMessage(MessageImportance.Normal, "No package of {0} could be read; skipping cargo clean.", manifest);
                continue;
            }

            var arguments = CargoCommandLine.Clean(settings, packages);
            var environment = new Dictionary<string, string?>(
                (CrateItem.Environment(crate, projectVariables, out _) ?? projectVariables).Select(variable => KeyValuePair.Create(variable.Key, (string?)variable.Value)),
                StringComparer.Ordinal)
            {
                ["CARGO_TERM_COLOR"] = "never",
            };
            ProcessResult result;
            try
            {
                result = new StreamingProcessRunner().Run(cargo, arguments, Path.GetDirectoryName(manifest)!, environment,
                    line => Log.LogMessage(MessageImportance.Normal, "{0}", line.Text), CancellationToken);
            }
            catch (Exception exception) when (ProcessStartFailure.Is(exception))
            {
                // Not a program that runs (CargoPath naming a text file, say): what cargo built stays for the user to remove.
                Log.Log(new BuildDiagnostic(DiagnosticCodes.CargoCleanFailed,
                    $"cargo clean could not start {cargo} for {manifest}: {exception.Message}") { File = manifest });
                continue;
            }

            if (result.ExitCode != 0 && !result.WasCancelled)
            {
                Log.Log(new BuildDiagnostic(DiagnosticCodes.CargoCleanFailed,
                    $"cargo clean failed (exit code {result.ExitCode}) for {manifest}; its output is above.") { File = manifest });
            }
        }

        return true;
    }

    private IReadOnlyList<string> DefaultPackages(string manifest)
    {
        var diagnostics = new List<BuildDiagnostic>();
        var packages = CargoWorkspace.Load(manifest, diagnostics)?.DefaultPackageNames(diagnostics) ?? [];
        foreach (var diagnostic in diagnostics)
        {
            Log.LogMessage(MessageImportance.Normal, "{0}", diagnostic.Message);
        }

        return packages;
    }
}
