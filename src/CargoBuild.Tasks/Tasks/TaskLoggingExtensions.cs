using CargoBuild.Diagnostics;
using Microsoft.Build.Utilities;

namespace CargoBuild.Tasks;

/// <summary>Logs core diagnostics through MSBuild with their location, code and help link.</summary>
internal static class TaskLoggingExtensions
{
    public static void Log(this TaskLoggingHelper log, BuildDiagnostic diagnostic)
    {
        // Messages are passed without format arguments: rustc text is full of braces.
        switch (diagnostic.Severity)
        {
            case DiagnosticSeverity.Error:
                log.LogError(null, diagnostic.Code, null, diagnostic.HelpLink, diagnostic.File, diagnostic.Line, diagnostic.Column,
                    diagnostic.EndLine, diagnostic.EndColumn, diagnostic.Message);
                break;
            case DiagnosticSeverity.Warning:
                log.LogWarning(null, diagnostic.Code, null, diagnostic.HelpLink, diagnostic.File, diagnostic.Line, diagnostic.Column,
                    diagnostic.EndLine, diagnostic.EndColumn, diagnostic.Message);
                break;
            case DiagnosticSeverity.Suppressed:
                log.LogMessage(null, diagnostic.Code, null, diagnostic.File, diagnostic.Line, diagnostic.Column,
                    diagnostic.EndLine, diagnostic.EndColumn, Microsoft.Build.Framework.MessageImportance.Low, diagnostic.Message);
                break;
            default:
                log.LogMessage(null, diagnostic.Code, null, diagnostic.File, diagnostic.Line, diagnostic.Column,
                    diagnostic.EndLine, diagnostic.EndColumn, Microsoft.Build.Framework.MessageImportance.Normal, diagnostic.Message);
                break;
        }
    }
}
