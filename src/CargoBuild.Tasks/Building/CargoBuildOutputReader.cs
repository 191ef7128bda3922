using System.Text;
using CargoBuild.CargoMessages;
using CargoBuild.Diagnostics;
using CargoBuild.Migrations;
using CargoBuild.Platforms;
using CargoBuild.UpToDate;

namespace CargoBuild.Building;

/// <summary>
/// Reads cargo's output as it streams: rustc diagnostics become located build diagnostics (each reported once),
/// the native libraries and programs of local crates are collected from compiler-artifact messages, so are the files where cargo
/// keeps what their build read from the environment, and lines that are not cargo's JSON are kept as messages so
/// nothing is lost.
/// </summary>
/// <remarks>
/// A compilation's diagnostics are held until it ends (its artifact, or the end of the build), so that twins, which
/// rustc emits apart with part of the notes each, are merged into one. The first compiler messages of a build are read
/// as they arrive, while rustc works: they pay the one-time costs (the rules, the resolved versions, code run for the
/// first time). Later ones wait as the bytes cargo wrote until a line that is not a compiler message (in a failing
/// build, the build-finished line) or the end, and are then read in one pass: read one by one beside rustc, hundreds
/// of them made the runtime recompile their hot code on the core rustc needs, at a cost many times their own.
/// The order of the lines is kept. Call <see cref="Complete"/> when cargo exits.
/// </remarks>
internal sealed class CargoBuildOutputReader(
    RustcDiagnosticMapper mapper,
    Action<BuildDiagnostic> report,
    Action<string> logDetail,
    DiagnosticRewriter? rewriter = null)
{
    private readonly HashSet<ReportedDiagnostic> reported = [];
    private readonly List<NativeArtifact> artifacts = [];
    private readonly HashSet<string> artifactPaths = new(StringComparer.Ordinal);
    private readonly List<HeldDiagnostic> held = [];
    private readonly Dictionary<TwinIdentity, HeldDiagnostic> heldByIdentity = [];
    private readonly List<byte[]> waiting = [];
    private int waitingBytes;
    private int compilerMessages;

    /// <summary>How many compiler messages of a build are read as they arrive; a build with a few errors waits for none.</summary>
    internal const int MessagesReadOnArrival = 8;

    /// <summary>A bound on the bytes of the compiler messages waiting: past it, they are read at once.</summary>
    internal const int WaitingBytesLimit = 8 * 1024 * 1024;

    public IReadOnlyList<NativeArtifact> Artifacts => artifacts;

    /// <summary>
    /// What the build scripts of every package in the build (dependencies too: a -sys crate's) asked rustc to link:
    /// what a program linking a static library of the build needs besides the standard library's native libraries.
    /// </summary>
    public BuildScriptLinkArguments LinkRequests { get; } = new();

    /// <summary>The build-script runs and compiled targets of the local packages.</summary>
    public EnvironmentDependencySources EnvironmentSources { get; } = new();

    public int ReportedErrors { get; private set; }

    /// <summary>
    /// True when pyo3 (or pyo3-ffi) was built with its extension-module feature: the cdylibs that depend on it are
    /// Python extension modules, as maturin decides from the resolved graph.
    /// </summary>
    public bool BuiltPyO3ExtensionModule { get; private set; }

    /// <summary>The success flag of cargo's final JSON message, or null when cargo ended without one.</summary>
    public bool? BuildSucceeded { get; private set; }

    public void ReadStandardOutput(string line) => ReadStandardOutput(Encoding.UTF8.GetBytes(line));

    /// <summary>One line of cargo's stdout as the bytes cargo wrote.</summary>
    public void ReadStandardOutput(ReadOnlySpan<byte> line)
    {
        if (MayWait(line))
        {
            waiting.Add(line.ToArray());
            waitingBytes += line.Length;
            return;
        }

        ReadWaiting();
        Read(CargoMessageParser.Parse(line));
    }

    // Inside a JSON string its quotes would be escaped: these bytes are a top-level reason or not JSON cargo wrote.
    private bool MayWait(ReadOnlySpan<byte> line) =>
        line.IndexOf("\"reason\":\"compiler-message\""u8) >= 0
        && ++compilerMessages > MessagesReadOnArrival
        && waitingBytes + line.Length <= WaitingBytesLimit;

    private void ReadWaiting()
    {
        if (waiting.Count == 0)
        {
            return;
        }

        // A waiting line may itself end the build (hostile JSON): what waits is taken first, so none is read twice.
        var lines = waiting.ToArray();
        waiting.Clear();
        waitingBytes = 0;
        foreach (var line in lines)
        {
            Read(CargoMessageParser.Parse(line));
        }
    }

    private void Read(CargoMessage cargoMessage)
    {
        switch (cargoMessage)
        {
            case CompilerMessage message:
                OnCompilerMessage(message);
                break;
            case CompilerArtifact artifact:
                ReportHeld(CompilationOf(artifact.PackageId, artifact.Target));
                OnArtifact(artifact);
                break;
            case BuildScriptExecuted buildScript:
                OnBuildScript(buildScript);
                break;
            case BuildFinished finished:
                Complete();
                BuildSucceeded = finished.Success;
                break;
            case NonJsonLine { ParseError: { } error } garbled:
                Report(new BuildDiagnostic(DiagnosticCodes.UnreadableCargoMessage,
                    $"cargo printed a line that is not a valid JSON message ({error}); a diagnostic may be missing from this list: {Abbreviate(garbled.Text)}"),
                    garbled.Text);
                break;
            case NonJsonLine text:
                logDetail(text.Text);
                break;
        }
    }

    /// <summary>Reports the diagnostics still held: cargo has exited, with or without its final message.</summary>
    public void Complete()
    {
        ReadWaiting();
        ReportHeld(compilation: null);
    }

    private void OnCompilerMessage(CompilerMessage message)
    {
        var diagnostic = message.Diagnostic;
        if (diagnostic.Rendered is { Length: > 0 } rendered)
        {
            logDetail(rendered);
        }

        var compilation = CompilationOf(message.PackageId, message.Target);
        var location = mapper.Locate(diagnostic.PrimarySpan);
        var identity = new TwinIdentity(compilation, diagnostic.Level, diagnostic.Code, diagnostic.Message, location?.FileName, location?.LineStart ?? 0, location?.ColumnStart ?? 0);
        if (heldByIdentity.TryGetValue(identity, out var twin))
        {
            twin.Merge(diagnostic, Prepare);
            return;
        }

        var entry = new HeldDiagnostic(identity, diagnostic, Prepare(diagnostic));
        held.Add(entry);
        heldByIdentity.Add(identity, entry);
    }

    /// <summary>Reports, in the order they came, the held diagnostics of one compilation, or of all when it is null.</summary>
    private void ReportHeld(string? compilation)
    {
        if (held.Count == 0)
        {
            return;
        }

        foreach (var entry in held.Where(entry => compilation is null || entry.Compilation == compilation).ToList())
        {
            heldByIdentity.Remove(entry.Identity);
            if (entry.Prepared is { } prepared)
            {
                Report(rewriter is null ? prepared.Diagnostic : rewriter.Commit(prepared), entry.Diagnostic.Message);
            }
        }

        held.RemoveAll(entry => compilation is null || entry.Compilation == compilation);
    }

    private RewrittenDiagnostic? Prepare(RustcDiagnostic diagnostic) =>
        mapper.Map(diagnostic) is not { } mapped ? null
        : rewriter is null ? new RewrittenDiagnostic(mapped, null)
        : rewriter.Prepare(diagnostic, mapped, SignalSource.Rustc);

    private static string CompilationOf(string packageId, CargoTarget target) =>
        $"{packageId}\n{target.Name}\n{string.Join(",", target.Kind)}";

    private void OnBuildScript(BuildScriptExecuted buildScript)
    {
        LinkRequests.Add(buildScript.LinkedLibraries, buildScript.LinkedPaths);
        if (buildScript.OutDir is { } outDirectory && IsLocalPackage(buildScript.PackageId))
        {
            EnvironmentSources.AddBuildScriptRun(outDirectory);
        }
    }

    private void OnArtifact(CompilerArtifact artifact)
    {
        if (artifact.Target.Name is "pyo3" or "pyo3_ffi" && artifact.Features.Contains(PythonModuleDetection.ExtensionModuleFeature))
        {
            BuiltPyO3ExtensionModule = true;
        }

        if (IsLocalPackage(artifact.PackageId) && !artifact.Target.Kind.Contains("custom-build"))
        {
            EnvironmentSources.AddCompiledTarget(artifact.Target.Name, artifact.Filenames);
        }

        if (!IsLocalPackage(artifact.PackageId))
        {
            return;
        }

        // Examples and tests have an executable too; only bin targets are the crate's programs.
        if (artifact.Target.Kind.Contains("bin") && artifact.Executable is { } executable)
        {
            Add(artifact, executable, NativeArtifactKind.Executable);
        }

        if (artifact.Target.CrateTypes.Contains("cdylib"))
        {
            foreach (var file in artifact.Filenames.Where(NativeLibraryFile.IsRuntimeFile))
            {
                Add(artifact, file, NativeArtifactKind.SharedLibrary);
            }
        }

        if (artifact.Target.CrateTypes.Contains("staticlib"))
        {
            foreach (var file in artifact.Filenames.Where(NativeLibraryFile.IsStaticLibrary))
            {
                Add(artifact, file, NativeArtifactKind.StaticLibrary);
            }
        }
    }

    private void Add(CompilerArtifact artifact, string path, NativeArtifactKind kind)
    {
        if (artifactPaths.Add(path))
        {
            artifacts.Add(new NativeArtifact(path, artifact.PackageId, artifact.Target.Name, kind));
        }
    }

    private void Report(BuildDiagnostic diagnostic, string identity)
    {
        // rustc repeats a diagnostic for each target of a crate, and sometimes twice at one place with other notes.
        if (!reported.Add(new ReportedDiagnostic(diagnostic.Severity, diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column, identity)))
        {
            return;
        }

        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            ReportedErrors++;
        }

        report(diagnostic);
    }

    // Package ids are "path+file:///…#name@1.0" since cargo 1.77 and "name 1.0 (path+file:///…)" before.
    private static bool IsLocalPackage(string packageId) =>
        packageId.StartsWith("path+file://", StringComparison.Ordinal) || packageId.Contains("(path+file://", StringComparison.Ordinal);

    private static string Abbreviate(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
