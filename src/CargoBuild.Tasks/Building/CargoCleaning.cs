using CargoBuild.Diagnostics;
using CargoBuild.Manifests;
using CargoBuild.Processes;

namespace CargoBuild.Building;

/// <summary>
/// <c>cargo clean</c> of the packages, profile and target that the build builds, as part of <c>dotnet clean</c>:
/// other crates in a shared target folder keep their artifacts. Nothing here fails the clean: what cannot be cleaned
/// is a warning or a message in <paramref name="log"/>.
/// </summary>
internal sealed class CargoCleaning(CargoCleanSettings settings, IBuildLog log, IProcessRunner runner, CancellationToken cancellationToken)
{
    public void Clean(IEnumerable<CrateDeclaration> crates)
    {
        var cargo = ExecutableLocator.Find("cargo", settings.CargoPath, Environment.GetEnvironmentVariable("PATH"), ExecutableLocator.HomeDirectory);
        if (cargo is null)
        {
            // Nothing cargo built can exist without cargo: cleaning has nothing to do.
            log.Message(MessageLevel.Normal, "cargo was not found; skipping cargo clean.");
            return;
        }

        // A malformed entry fails the build, which reports it; clean does without the variables it cannot read.
        var projectVariables = EnvironmentVariableList.Parse(settings.EnvironmentVariables, out _) ?? new Dictionary<string, string>();
        foreach (var crate in crates)
        {
            if (crate.ResolveManifest() is { } manifest)
            {
                Clean(crate, manifest, cargo, projectVariables);
            }
        }
    }

    private void Clean(CrateDeclaration crate, string manifest, string cargo, IReadOnlyDictionary<string, string> projectVariables)
    {
        var triple = crate.RuntimeTriple(settings.RuntimeIdentifier, settings.WindowsAbi);
        var crateSettings = crate.Settings(manifest, settings.Configuration, settings.CargoProfile, triple, settings.CargoTargetDir, settings.Offline, locked: false);
        var packages = crateSettings.Packages.Count > 0 ? crateSettings.Packages : DefaultPackages(manifest);
        if (packages.Count == 0)
        {
            // cargo clean without --package would remove every crate's artifacts in the profile's folder.
            log.Message(MessageLevel.Normal, $"No package of {manifest} could be read; skipping cargo clean.");
            return;
        }

        var arguments = CargoCommandLine.Clean(crateSettings, packages);
        var environment = new Dictionary<string, string?>(
            (crate.Environment(projectVariables, out _) ?? projectVariables).Select(variable => KeyValuePair.Create(variable.Key, (string?)variable.Value)),
            StringComparer.Ordinal)
        {
            ["CARGO_TERM_COLOR"] = "never",
        };
        var result = runner.Run(cargo, arguments, Path.GetDirectoryName(manifest)!, environment, line => log.Message(MessageLevel.Normal, line.Text), cancellationToken);
        if (result.StartFailure is { } notStarted)
        {
            // Not a program that runs (CargoPath naming a text file, say): what cargo built stays for the user to remove.
            log.Report(new BuildDiagnostic(DiagnosticCodes.CargoCleanFailed,
                $"cargo clean could not start {cargo} for {manifest}: {notStarted}") { File = manifest });
        }
        else if (result.ExitCode != 0 && !result.WasCancelled)
        {
            log.Report(new BuildDiagnostic(DiagnosticCodes.CargoCleanFailed,
                $"cargo clean failed (exit code {result.ExitCode}) for {manifest}; its output is above.") { File = manifest });
        }
    }

    private IReadOnlyList<string> DefaultPackages(string manifest)
    {
        var diagnostics = new List<BuildDiagnostic>();
        var packages = CargoWorkspace.Load(manifest, diagnostics)?.DefaultPackageNames(diagnostics) ?? [];
        foreach (var diagnostic in diagnostics)
        {
            log.Message(MessageLevel.Normal, diagnostic.Message);
        }

        return packages;
    }
}
