namespace CargoBuild.Diagnostics;

internal enum DiagnosticSeverity
{
    Error,
    Warning,
    Message,
}
