using CargoBuild.Building;
using CargoBuild.Diagnostics;
using CargoBuild.Processes;
using CargoBuild.Surface;
using CargoBuild.Toolchain;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace CargoBuild.Tasks;

/// <summary>
/// Builds each CargoCrate with <c>cargo build</c>, streams rustc's diagnostics into MSBuild at their source
/// locations, and returns the native libraries and programs cargo reported.
/// </summary>
public sealed class CargoCompile : CargoTask
{
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
        var settings = new CargoCompileSettings(StateDirectory)
        {
            CargoPath = CargoPath,
            CargoTargetDir = CargoTargetDir,
            Configuration = Configuration,
            CargoProfile = CargoProfile,
            RuntimeIdentifier = RuntimeIdentifier,
            HostRuntimeIdentifier = HostRuntimeIdentifier,
            WindowsAbi = WindowsAbi,
            Offline = Offline,
            Locked = Locked,
            PyO3UpgradedFrom = PyO3UpgradedFrom,
            EnvironmentVariables = EnvironmentVariables,
            ProjectFile = ProjectFile,
            RustcWrapper = RustcWrapper,
            RustcWrapperProject = ProjectFile is { Length: > 0 } project ? project : BuildEngine.ProjectFileOfTaskNode,
            RuleFiles = FullPaths(RuleFiles),
            PublishAot = PublishAot,
            WarningPolicy = new WarningsAsErrorsPolicy(TreatWarningsAsErrors, WarningsNotAsErrors, WarningsAsMessages, WarningsAsErrors),
            Presentation = new DiagnosticPresentation(ReportEndPositions),
        };

        // The node goes back to MSBuild while cargo runs, for other projects to build meanwhile.
        var engine = BuildEngine as IBuildEngine3;
        var compilation = new CargoCompilation(settings, new TaskBuildLog(Log), new StreamingProcessRunner(), CancellationToken)
            { CargoStarting = engine is null ? null : engine.Yield, CargoEnded = engine is null ? null : engine.Reacquire };
        var checkedCrates = new CheckedCrate[CheckedCrates.Length];
        for (var index = 0; index < checkedCrates.Length; index++)
        {
            checkedCrates[index] = new CheckedCrate(CheckedCrates[index].ItemSpec, CrateItem.MetadataOf(CheckedCrates[index], CheckedCrate.MetadataNames));
        }

        var shipped = compilation.Run(CrateItem.ReadAll(Crates), checkedCrates);
        if (shipped is null)
        {
            return false;
        }

        // Loops, not LINQ: each LINQ operator over CargoBuild's types is a generic type every no-op build loads.
        var libraries = new List<ITaskItem>();
        var executables = new List<ITaskItem>();
        var archives = new List<ITaskItem>();
        foreach (var file in shipped)
        {
            var kind = file.Artifact.Kind;
            (kind == NativeArtifactKind.Executable ? executables : kind == NativeArtifactKind.StaticLibrary ? archives : libraries).Add(Item(file));
        }

        NativeLibraries = [.. libraries];
        Executables = [.. executables];
        StaticLibraries = [.. archives];
        return true;
    }

    private static string[] FullPaths(ITaskItem[] files)
    {
        var paths = new string[files.Length];
        for (var index = 0; index < files.Length; index++)
        {
            paths[index] = files[index].GetMetadata("FullPath");
        }

        return paths;
    }

    private static TaskItem Item(ShippedArtifact file)
    {
        var item = new TaskItem(file.Artifact.Path);
        item.SetMetadata(ArtifactMetadata.CargoCrate, file.CrateManifest);
        item.SetMetadata(ArtifactMetadata.TargetTriple, file.TargetTriple);
        item.SetMetadata(ArtifactMetadata.RuntimeIdentifier, file.RuntimeIdentifier);
        switch (file.Artifact.Kind)
        {
            case NativeArtifactKind.Executable:
                item.SetMetadata(ArtifactMetadata.CargoArtifactKind, ArtifactMetadata.ExecutableKind);
                item.SetMetadata(ArtifactMetadata.CopyToOutput, file.CopyToOutput ? "true" : "false");
                item.SetMetadata(ArtifactMetadata.Link, Path.GetFileName(file.Artifact.Path));
                break;
            case NativeArtifactKind.StaticLibrary:
                item.SetMetadata(ArtifactMetadata.CargoArtifactKind, ArtifactMetadata.StaticLibraryKind);
                item.SetMetadata(ArtifactMetadata.LibraryName, file.Artifact.TargetName);
                item.SetMetadata(ArtifactMetadata.LinkArguments, file.Artifact.LinkArguments);
                break;
            default:
                item.SetMetadata(ArtifactMetadata.CargoArtifactKind, ArtifactMetadata.NativeLibraryKind);
                item.SetMetadata(ArtifactMetadata.CopyToOutput, file.CopyToOutput ? "true" : "false");
                item.SetMetadata(ArtifactMetadata.PythonModule, file.PythonModule ? "true" : "false");
                item.SetMetadata(ArtifactMetadata.OutputName, file.OutputName);
                item.SetMetadata(ArtifactMetadata.Link, file.OutputName);
                break;
        }

        return item;
    }
}
