using System.Text.RegularExpressions;

namespace CargoBuild.Tests.Diagnostics;

/// <summary>
/// The two published problem matchers that turn a console build's lines into annotations: the spec CargoBuild's
/// diagnostics are tested against. Kept verbatim (as C# strings) from their sources.
/// </summary>
internal static class ProblemMatchers
{
    /// <summary>GitHub Actions' setup-dotnet: its .github/csc.json (repository actions/setup-dotnet), the "csc" matcher.</summary>
    public static readonly Regex SetupDotnetCsc = new(@"^([^\s].*)\((\d+)(?:,\d+|,\d+,\d+)?\):\s+(error|warning)\s+([a-zA-Z]+(?<!MSB)\d+):\s*(.*?)\s+\[(.*?)\]$");

    /// <summary>VS Code's built-in $msCompile: src/vs/workbench/contrib/tasks/common/problemMatcher.ts (repository microsoft/vscode).</summary>
    public static readonly Regex VsCodeMsCompile = new(@"^(?:\s*\d+>)?(\S.*)\((\d+|\d+,\d+|\d+,\d+,\d+,\d+)\)\s*:\s+((?:fatal +)?error|warning|info)\s+(\w+\d+)\s*:\s*(.*)$");
}
