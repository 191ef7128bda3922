namespace CargoBuild.Diagnostics;

/// <summary>A log that reports each diagnostic as the project's TreatWarningsAsErrors policy says (see <see cref="WarningsAsErrorsPolicy"/>).</summary>
internal sealed class WarningsAsErrorsLog(IBuildLog log, WarningsAsErrorsPolicy policy) : IBuildLog
{
    public void Report(BuildDiagnostic diagnostic) => log.Report(policy.Apply(diagnostic));

    public void Message(MessageLevel level, string text) => log.Message(level, text);
}
