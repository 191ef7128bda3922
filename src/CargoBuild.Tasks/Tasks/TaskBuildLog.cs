using CargoBuild.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace CargoBuild.Tasks;

/// <summary>The core's log written to MSBuild's: diagnostics with their location, code and help link, messages at their importance.</summary>
internal sealed class TaskBuildLog(TaskLoggingHelper log) : IBuildLog
{
    public void Report(BuildDiagnostic diagnostic) => log.Log(diagnostic);

    public void Message(MessageLevel level, string text) =>
        log.LogMessage(level switch { MessageLevel.Detail => MessageImportance.Low, MessageLevel.High => MessageImportance.High, _ => MessageImportance.Normal }, "{0}", text);
}
