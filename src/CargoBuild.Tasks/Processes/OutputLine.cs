namespace CargoBuild.Processes;

/// <summary>
/// One line a child process wrote, and on which stream. A class, not a struct: a channel of classes runs the
/// runtime's precompiled code, where a channel of a struct of CargoBuild's is JIT-compiled in each build.
/// </summary>
internal sealed record OutputLine(string Text, bool IsStandardError);
