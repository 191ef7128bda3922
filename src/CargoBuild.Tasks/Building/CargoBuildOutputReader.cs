using CargoBuild.CargoMessages;
using CargoBuild.Diagnostics;
using CargoBuild.Migrations;
using CargoBuild.Platforms;
using CargoBuild.Processes;

namespace CargoBuild.Building;

/// <summary>
/// Reads cargo's output as it streams: rustc diagnostics become located build diagnostics (each reported once),
/// the native libraries of local crates are collected from compiler-artifact messages, and lines that are not
/// cargo's JSON are kept as messages so nothing is lost.
/// </summary>
public sealed class CargoBuildOutputReader(
    RustcDiagnosticMapper mapper,
    Action<BuildDiagnostic> report,
    Action<string> logDetail,
    DiagnosticRewriter? rewriter = null)
{
    private readonly HashSet<(DiagnosticSeverity, string?, string?, int, int, string)> reported = [];
    private readonly List<NativeArtifact> artifacts = [];
    private readonly HashSet<string> artifactPaths = new(StringComparer.Ordinal);

    public IReadOnlyList<NativeArtifact> Artifacts => artifacts;

    public int ReportedErrors { get; private set; }

    /// <summary>The success flag of cargo's final JSON message, or null when cargo ended without one.</summary>
    public bool? BuildSucceeded { get; private set; }

    public void ReadStandardOutput(string line)
    {
        switch (CargoMessageParser.Parse(line))
        {
            case CompilerMessage message:
                OnCompilerMessage(message.Diagnostic);
                break;
            case CompilerArtifact artifact:
                OnArtifact(artifact);
                break;
            case BuildFinished finished:
                BuildSucceeded = finished.Success;
                break;
            case NonJsonLine { ParseError: { } error } garbled:
                Report(new BuildDiagnostic(
                    DiagnosticSeverity.Warning,
                    DiagnosticCodes.UnreadableCargoMessage,
                    $"cargo printed a line that is not a valid JSON message ({error}); a diagnostic may be missing from this list: {Abbreviate(garbled.Text)}"),
                    garbled.Text);
                break;
            case NonJsonLine text:
                logDetail(text.Text);
                break;
        }
    }

    private void OnCompilerMessage(RustcDiagnostic diagnostic)
    {
        if (diagnostic.Rendered is { Length: > 0 } rendered)
        {
            logDetail(rendered.TrimEnd());
        }

        if (mapper.Map(diagnostic) is not { } mapped)
        {
            return;
        }

        Report(rewriter is null ? mapped : rewriter.Rewrite(diagnostic, mapped, SignalSource.Rustc), diagnostic.Message);
    }

    private void OnArtifact(CompilerArtifact artifact)
    {
        if (!artifact.Target.CrateTypes.Contains("cdylib") || !IsLocalPackage(artifact.PackageId))
        {
            return;
        }

        foreach (var file in artifact.Filenames.Where(NativeLibraryFile.IsRuntimeFile))
        {
            if (artifactPaths.Add(file))
            {
                artifacts.Add(new NativeArtifact(file, artifact.PackageId, artifact.Target.Name));
            }
        }
    }

    private void Report(BuildDiagnostic diagnostic, string identity)
    {
        // rustc repeats a diagnostic for each target of a crate, and sometimes twice at one place with other notes.
        if (!reported.Add((diagnostic.Severity, diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column, identity)))
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
