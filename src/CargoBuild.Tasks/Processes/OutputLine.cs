using System.Text;

namespace CargoBuild.Processes;

/// <summary>
/// One line a child process wrote, and on which stream: its bytes as written, and as text (UTF-8, undecodable bytes
/// as U+FFFD) when asked for. A class, not a struct: a queue of classes runs the runtime's precompiled code, where a
/// queue of a struct of CargoBuild's is JIT-compiled in each build.
/// </summary>
internal sealed class OutputLine(ReadOnlyMemory<byte> utf8, bool isStandardError)
{
    private string? text;

    public OutputLine(string text, bool isStandardError)
        : this(Encoding.UTF8.GetBytes(text), isStandardError)
    {
        this.text = text;
    }

    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    public bool IsStandardError { get; } = isStandardError;

    public string Text => text ??= Encoding.UTF8.GetString(Utf8.Span);
}
