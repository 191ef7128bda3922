namespace CargoBuild.Diagnostics;

/// <summary>
/// Where the core says what it found and what it did, as it happens (cargo's diagnostics stream while it runs);
/// the tasks write it to MSBuild's log.
/// </summary>
internal interface IBuildLog
{
    void Report(BuildDiagnostic diagnostic);

    void Message(MessageLevel level, string text);
}
