using System.Text.RegularExpressions;

namespace CargoBuild.IntegrationTests.Infrastructure;

/// <summary>One error or warning line of a build log.</summary>
public sealed record LoggedDiagnostic(string File, int Line, int Column, int EndLine, int EndColumn, string Severity, string Code, string Message)
{
    public static LoggedDiagnostic From(Match match) => new(
        match.Groups["file"].Value.Trim(),
        Number(match, "line"),
        Number(match, "column"),
        Number(match, "endLine"),
        Number(match, "endColumn"),
        match.Groups["severity"].Value,
        match.Groups["code"].Value,
        match.Groups["message"].Value);

    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value) : 0;
}
