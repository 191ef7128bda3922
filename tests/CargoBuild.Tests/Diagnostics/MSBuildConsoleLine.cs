using System.Text;

namespace CargoBuild.Tests.Diagnostics;

/// <summary>
/// An error or warning event as MSBuild's console logger prints it (dotnet build -v:m -tl:off; the shape is
/// EventArgsFormatting.FormatEventMessage in dotnet/msbuild's src/Shared): the position from the event's line and
/// column fields, the code, the message and the project. The integration tests check the same against real output.
/// </summary>
internal static class MSBuildConsoleLine
{
    public static string Format(string category, string? code, string? file, int line, int column, int endLine, int endColumn, string message, string projectFile)
    {
        var text = new StringBuilder();
        text.Append(string.IsNullOrEmpty(file) ? "MSBUILD : " : file + Position(line, column, endLine, endColumn));
        text.Append(category).Append(' ').Append(code is null ? ": " : code + ": ").Append(message);
        if (projectFile != file)
        {
            text.Append(" [").Append(projectFile).Append(']');
        }

        return text.ToString();
    }

    private static string Position(int line, int column, int endLine, int endColumn) => (line, column, endLine, endColumn) switch
    {
        (0, _, _, _) => " : ",
        (_, 0, 0, _) => $"({line}): ",
        (_, 0, _, _) => $"({line}-{endLine}): ",
        (_, _, 0, 0) => $"({line},{column}): ",
        (_, _, 0, _) => $"({line},{column}-{endColumn}): ",
        (_, _, _, 0) => $"({line}-{endLine},{column}): ",
        _ => $"({line},{column},{endLine},{endColumn}): ",
    };
}
