namespace CargoBuild.Diagnostics;

/// <summary>
/// The project's warning lists applied to the warnings of a cargo build. <c>TreatWarningsAsErrors</c> as csc applies it
/// to C#'s: every warning becomes an error except those in <c>WarningsNotAsErrors</c>. Codes the project suppresses
/// (<c>NoWarn</c>, which the SDK adds to <c>MSBuildWarningsAsMessages</c>) stay warnings, so that MSBuild turns them
/// into messages as it does for any warning; an error it would not demote. A lint is reported under its catalog code
/// (<see cref="DiagnosticPresentation"/>), which is all MSBuild matches its lists against, so the lists may name it by
/// its lint name too: a warning a list names that way is suppressed (<c>NoWarn</c>) or made an error
/// (<c>WarningsAsErrors</c>) here. <c>NoWarn</c> wins over the others, as in MSBuild.
/// </summary>
internal sealed class WarningsAsErrorsPolicy
{
    private static readonly char[] CodeSeparators = [';', ','];

    private readonly bool treatWarningsAsErrors;
    private readonly HashSet<string> notAsErrors;
    private readonly HashSet<string> suppressed;
    private readonly HashSet<string> asErrors;

    public WarningsAsErrorsPolicy(bool treatWarningsAsErrors, string? warningsNotAsErrors, string? suppressedWarnings, string? warningsAsErrors = null)
    {
        this.treatWarningsAsErrors = treatWarningsAsErrors;
        notAsErrors = Codes(warningsNotAsErrors);
        suppressed = Codes(suppressedWarnings);
        asErrors = Codes(warningsAsErrors);
    }

    /// <summary>Leaves every warning a warning.</summary>
    public static WarningsAsErrorsPolicy None { get; } = new(false, null, null);

    /// <summary>The diagnostic as the build reports it: a warning promoted to an error, or suppressed, when the lists say so.</summary>
    public BuildDiagnostic Apply(BuildDiagnostic diagnostic)
    {
        if (diagnostic.Severity != DiagnosticSeverity.Warning)
        {
            return diagnostic;
        }

        if (Names(suppressed, diagnostic.Code))
        {
            return diagnostic;
        }

        if (Names(suppressed, diagnostic.LintName))
        {
            return diagnostic with { Severity = DiagnosticSeverity.Suppressed };
        }

        var promoted = Names(asErrors, diagnostic.Code) || Names(asErrors, diagnostic.LintName)
            || (treatWarningsAsErrors && !Names(notAsErrors, diagnostic.Code) && !Names(notAsErrors, diagnostic.LintName));
        return promoted ? diagnostic with { Severity = DiagnosticSeverity.Error } : diagnostic;
    }

    private static bool Names(HashSet<string> list, string? code) => code is not null && list.Contains(code);

    // MSBuild's code lists (NoWarn, WarningsNotAsErrors) take ';' or ',' between codes, with spaces around them.
    private static HashSet<string> Codes(string? list) =>
        new((list ?? "").Split(CodeSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
}
