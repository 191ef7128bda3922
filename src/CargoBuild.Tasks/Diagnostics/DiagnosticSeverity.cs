namespace CargoBuild.Diagnostics;

internal enum DiagnosticSeverity
{
    Error,
    Warning,
    Message,

    /// <summary>A warning the project suppresses by a name MSBuild cannot match (a lint's): logged as MSBuild logs NoWarn's warnings, a low-importance message.</summary>
    Suppressed,
}
