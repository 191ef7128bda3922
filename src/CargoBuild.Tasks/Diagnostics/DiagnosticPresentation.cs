namespace CargoBuild.Diagnostics;

/// <summary>
/// A diagnostic as CargoBuild hands it to MSBuild, in the shape that CI annotations and editors' problem matchers
/// read from the console (docs/lint-codes.md): GitHub's csc.json takes a position of one to three numbers and VS Code's
/// $msCompile one, two or four, and both a code of letters then digits. So a lint is reported under its catalog code
/// with its name first in the text, a rustc diagnostic without a code under the catalog's code for that, and the end
/// of the span only when <c>reportEndPositions</c> is set: MSBuild's console logger prints the start and end as four
/// numbers, while Visual Studio's error list, which reads them from the event, needs them to underline the span.
/// The core keeps rustc's own code until here (the up-to-date record, the migration rules and twin detection use it).
/// </summary>
internal sealed class DiagnosticPresentation(Func<LintCodeCatalog> catalog, bool reportEndPositions)
{
    public DiagnosticPresentation(bool reportEndPositions)
        : this(() => LintCodeCatalog.BuiltIn, reportEndPositions)
    {
    }

    public BuildDiagnostic Present(BuildDiagnostic diagnostic)
    {
        var presented = diagnostic.Code switch
        {
            null => diagnostic with { Code = catalog().Uncoded },
            var code when IsLettersThenDigits(code) => diagnostic,
            var lint => diagnostic with { Code = catalog().CodeOf(lint), LintName = lint, Message = $"{lint}: {diagnostic.Message}" },
        };
        return reportEndPositions ? presented : presented with { EndLine = 0, EndColumn = 0 };
    }

    // rustc's error codes (E0308), CargoBuild's (CB1001) and the migration rules' (PY0901) are already in that shape;
    // a lint's name never is: it has no digits at its end, or a "::" or "_" before them.
    private static bool IsLettersThenDigits(string code)
    {
        var digits = code.AsSpan().LastIndexOfAnyExceptInRange('0', '9') + 1;
        return digits > 0 && digits < code.Length && !code.AsSpan(0, digits).ContainsAnyExcept(AsciiLetters);
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
}
