using System.Text.RegularExpressions;

namespace CargoBuild.IntegrationTests.Infrastructure;

/// <summary>What a command printed and how it ended, with the MSBuild diagnostics it printed parsed.</summary>
public sealed partial record ProcessOutcome(string CommandLine, int ExitCode, string Output)
{
    public IReadOnlyList<LoggedDiagnostic> Diagnostics =>
        [.. CanonicalLine().Matches(Output).Select(LoggedDiagnostic.From).Distinct()];

    public IReadOnlyList<LoggedDiagnostic> Errors => [.. Diagnostics.Where(diagnostic => diagnostic.Severity == "error")];

    public IReadOnlyList<LoggedDiagnostic> Warnings => [.. Diagnostics.Where(diagnostic => diagnostic.Severity == "warning")];

    public override string ToString() => $"{CommandLine} exited with {ExitCode}:{Environment.NewLine}{Output}";

    // MSBuild's canonical form, as the classic console logger prints it ("1>" is the node prefix of -v:n and above).
    [GeneratedRegex(@"^\s*(?:\d+>)?(?<file>[^\r\n]*?)(?:\((?<line>\d+),(?<column>\d+)(?:,(?<endLine>\d+),(?<endColumn>\d+))?\))? ?: (?<severity>error|warning) (?<code>[A-Za-z0-9_:]+): (?<message>[^\r\n]*?)(?: \[[^\[\]\r\n]+\])?\r?$", RegexOptions.Multiline)]
    private static partial Regex CanonicalLine();
}
