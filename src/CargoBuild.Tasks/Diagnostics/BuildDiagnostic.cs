namespace CargoBuild.Diagnostics;

/// <summary>
/// A diagnostic ready for MSBuild: what every core component (cargo output mapping, the toolchain gate,
/// the migration rules) produces, so that one adapter logs them all the same way.
/// Line and column numbers are 1-based; 0 means unknown.
/// </summary>
internal sealed record BuildDiagnostic(DiagnosticSeverity Severity, string? Code, string Message)
{
    /// <summary>A diagnostic of one of CargoBuild's own codes, with the severity the catalog gives it.</summary>
    public BuildDiagnostic(DiagnosticCode code, string message)
        : this(code.Severity, code.Code, message)
    {
    }

    public string? File { get; init; }
    public int Line { get; init; }
    public int Column { get; init; }
    public int EndLine { get; init; }
    public int EndColumn { get; init; }
    public string? HelpLink { get; init; }

    /// <summary>The rustc lint (unused_variables, clippy::needless_return) when <see cref="Code"/> is its catalog code.</summary>
    public string? LintName { get; init; }
}
