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
internal sealed class DiagnosticPresentation(bool reportEndPositions)
{
    // The catalog is read the first time a build reports a lint or a diagnostic without a code, not before.
    public BuildDiagnostic Present(BuildDiagnostic diagnostic)
    {
        var presented = diagnostic.Code switch
        {
            null => diagnostic with { Code = LintCodeCatalog.BuiltIn.Uncoded },
            var lint when IsLintName(lint) => diagnostic with { Code = LintCodeCatalog.BuiltIn.CodeOf(lint), LintName = lint, Message = $"{lint}: {diagnostic.Message}" },
            _ => diagnostic,
        };
        return reportEndPositions ? presented : presented with { EndLine = 0, EndColumn = 0 };
    }

    // rustc names lints in lower snake case, a tool's with its prefix (clippy::needless_return); its error codes
    // (E0308), CargoBuild's (CB1001) and the rules' (PY0901, a user rule file's MYLIB0001) are upper case.
    private static bool IsLintName(string code)
    {
        var separator = code.IndexOf("::", StringComparison.Ordinal);
        return separator < 0 ? IsSnakeCase(code) : IsSnakeCase(code.AsSpan(0, separator)) && IsSnakeCase(code.AsSpan(separator + 2));
    }

    private static bool IsSnakeCase(ReadOnlySpan<char> name) => name.Length > 0 && !name.ContainsAnyExcept(SnakeCase);

    private static readonly System.Buffers.SearchValues<char> SnakeCase =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_");
}
