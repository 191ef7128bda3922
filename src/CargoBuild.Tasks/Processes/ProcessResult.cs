namespace CargoBuild.Processes;

/// <summary>How a child process ended.</summary>
public sealed record ProcessResult(int ExitCode, bool WasCancelled);
