namespace CargoBuild.Processes;

/// <summary>
/// The one way CargoBuild runs a program (cargo, rustc, git): lines handed to <c>onLine</c> on the calling thread as
/// they arrive (their bytes, and their text decoded as UTF-8), a program that cannot start as a result (never an
/// exception), and cancellation as a result that says so.
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
