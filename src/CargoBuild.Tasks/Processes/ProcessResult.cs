namespace CargoBuild.Processes;

/// <summary>How a child process ended; <see cref="StartFailure"/> says why it never ran (missing, not executable, not a program).</summary>
internal sealed record ProcessResult(int ExitCode, bool WasCancelled)
{
    public string? StartFailure { get; init; }

    public static ProcessResult NotStarted(string reason) => new(-1, false) { StartFailure = reason };
}
