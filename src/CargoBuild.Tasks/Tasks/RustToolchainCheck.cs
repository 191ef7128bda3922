using CargoBuild.Toolchain;
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

    /// <summary>The project being built: where a requirement its properties set (RustMinimumVersion …) is reported.</summary>
    public string? ProjectFile { get; set; }

    /// <summary>
    /// One per crate: the full manifest path, with metadata RustVersion, RustChannel, RustCommit, RustHost, PyO3Version,
    /// PyO3VersionSource, WorkspaceRoot and WorkspaceFiles (its manifests and lock file).
    /// </summary>
    [Output]
    public ITaskItem[] CheckedCrates { get; private set; } = [];

    protected override bool ExecuteCore()
    {
        var settings = new ToolchainGateSettings(RustMinimumVersion, RustRequireStable, PyO3MinimumVersion, CargoPath, EnvironmentVariables,
            RuntimeIdentifier, WindowsAbi, StateDirectory) { ProjectFile = ProjectFile };
        var gate = new ToolchainGate(settings, new TaskBuildLog(Log), new RegisteredTaskObjects(BuildEngine), CancellationToken);
        var passed = gate.Check(CrateItem.ReadAll(Crates));
        var items = new ITaskItem[passed.Count];
        for (var index = 0; index < items.Length; index++)
        {
            items[index] = CheckedItem(passed[index]);
        }

        CheckedCrates = items;
        return true;
    }

    private static TaskItem CheckedItem(CheckedCrate crate)
    {
        var item = new TaskItem(crate.ManifestPath);
        foreach (var (name, value) in crate.Metadata)
        {
            item.SetMetadata(name, value);
        }

        return item;
    }
}
