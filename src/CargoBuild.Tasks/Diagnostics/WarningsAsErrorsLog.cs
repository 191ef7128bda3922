namespace CargoBuild.Diagnostics;

/// <summary>
/// A log that reports each diagnostic as the console and editors read it (<see cref="DiagnosticPresentation"/>), then
/// as the project's TreatWarningsAsErrors policy says (see <see cref="WarningsAsErrorsPolicy"/>), which matches lints
/// by their catalog codes and their names.
/// </summary>
internal sealed class WarningsAsErrorsLog(IBuildLog log, WarningsAsErrorsPolicy policy, DiagnosticPresentation presentation) : IBuildLog
{
    public void Report(BuildDiagnostic diagnostic) => log.Report(policy.Apply(presentation.Present(diagnostic)));

    public void Message(MessageLevel level, string text) => log.Message(level, text);
}
