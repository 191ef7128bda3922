using CargoBuild.Diagnostics;

namespace CargoBuild.Tests.Diagnostics;

/// <summary>Keeps what the core logs, in order, for tests that drive it without MSBuild.</summary>
internal sealed class RecordingBuildLog : IBuildLog
{
    public List<BuildDiagnostic> Diagnostics { get; } = [];

    public List<(MessageLevel Level, string Text)> Messages { get; } = [];

    public void Report(BuildDiagnostic diagnostic) => Diagnostics.Add(diagnostic);

    public void Message(MessageLevel level, string text) => Messages.Add((level, text));
}
