using CargoBuild.Processes;
using CargoBuild.Tests.CargoMessages;

namespace CargoBuild.Tests.Processes;

/// <summary>
/// Plays back a recorded <c>cargo build</c> (Fixtures/cargo, stdout then stderr, as cargo printed them) in place of
/// running cargo; any other program or command was not recorded and does not start. Counts the builds it played.
/// </summary>
internal sealed class RecordedCargoRunner(string recording, int exitCode = 0) : IProcessRunner
{
    public int Builds { get; private set; }

    public ProcessResult Run(string fileName, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?> environment,
        Action<OutputLine> onLine, CancellationToken cancellationToken)
    {
        if (Path.GetFileName(fileName) != "cargo" || arguments is not ["build", ..])
        {
            return ProcessResult.NotStarted($"no recording of {fileName} {string.Join(" ", arguments)}");
        }

        Builds++;
        foreach (var line in RecordedCargoOutput.StandardOutput(recording))
        {
            onLine(new OutputLine(line, false));
        }

        foreach (var line in RecordedCargoOutput.StandardError(recording))
        {
            onLine(new OutputLine(line, true));
        }

        return new ProcessResult(exitCode, false);
    }
}
