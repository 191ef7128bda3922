namespace CargoBuild.Diagnostics;

/// <summary>
/// <c>TreatWarningsAsErrors</c> for the warnings of a cargo build, as csc applies it to C#'s: every warning becomes an
/// error except those whose code is in <c>WarningsNotAsErrors</c>. Codes the project suppresses (<c>NoWarn</c>, which
/// the SDK adds to <c>MSBuildWarningsAsMessages</c>) stay warnings, so that MSBuild turns them into messages as it does
/// for any warning; an error it would not demote.
/// </summary>
internal sealed class WarningsAsErrorsPolicy
{
    private static readonly char[] CodeSeparators = [';', ','];

    private readonly bool treatWarningsAsErrors;
    private readonly HashSet<string> kept;

    public WarningsAsErrorsPolicy(bool treatWarningsAsErrors, string? warningsNotAsErrors, string? suppressedWarnings)
    {
        this.treatWarningsAsErrors = treatWarningsAsErrors;
        kept = new HashSet<string>(Codes(warningsNotAsErrors).Concat(Codes(suppressedWarnings)), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Leaves every warning a warning.</summary>
    public static WarningsAsErrorsPolicy None { get; } = new(false, null, null);

    /// <summary>The diagnostic as the build reports it: a warning promoted to an error when the policy says so.</summary>
    public BuildDiagnostic Apply(BuildDiagnostic diagnostic) =>
        treatWarningsAsErrors && diagnostic.Severity == DiagnosticSeverity.Warning && (diagnostic.Code is null || !kept.Contains(diagnostic.Code))
            ? diagnostic with { Severity = DiagnosticSeverity.Error }
            : diagnostic;

    // MSBuild's code lists (NoWarn, WarningsNotAsErrors) take ';' or ',' between codes, with spaces around them.
    private static IEnumerable<string> Codes(string? list) =>
        (list ?? "").Split(CodeSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
