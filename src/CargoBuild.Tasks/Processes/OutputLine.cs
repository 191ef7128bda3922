namespace CargoBuild.Processes;

/// <summary>One line a child process wrote, and on which stream.</summary>
internal readonly record struct OutputLine(string Text, bool IsStandardError);
