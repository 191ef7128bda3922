namespace CargoBuild.Processes;

/// <summary>One line a child process wrote, and on which stream.</summary>
public readonly record struct OutputLine(string Text, bool IsStandardError);
