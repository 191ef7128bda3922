namespace CargoBuild.Processes;

/// <summary>How a child process ended.</summary>
internal sealed record ProcessResult(int ExitCode, bool WasCancelled);
