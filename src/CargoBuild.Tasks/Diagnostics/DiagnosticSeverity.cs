namespace CargoBuild.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
    Message,
}
