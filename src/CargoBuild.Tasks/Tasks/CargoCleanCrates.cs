using CargoBuild.Building;
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
        var settings = new CargoCleanSettings(CargoPath, CargoTargetDir, Configuration, CargoProfile, RuntimeIdentifier, WindowsAbi, Offline, EnvironmentVariables);
        new CargoCleaning(settings, new TaskBuildLog(Log), new StreamingProcessRunner(), CancellationToken).Clean(CrateItem.ReadAll(Crates));
        return true;
    }
}
