namespace CargoBuild.Processes;

/// <summary>
/// The one way CargoBuild runs a program (cargo, rustc, git): lines decoded as UTF-8 and handed to
/// <c>onLine</c> on the calling thread as they arrive, a program that cannot start as a result (never an exception),
/// and cancellation as a result that says so.
/// </summary>
internal interface IProcessRunner
{
    ProcessResult Run(
        string fileName,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        Action<OutputLine> onLine,
        CancellationToken cancellationToken);
}
