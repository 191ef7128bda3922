using System.Text;
using CargoBuild.CargoMessages;

namespace CargoBuild.Diagnostics;

/// <summary>
/// Maps a rustc diagnostic to an MSBuild-ready one: severity, rustc's code, the primary span's absolute location
/// (at the user's macro call site when the span comes from a macro's definition), and one line of message that also
/// carries rustc's notes and help, suggestions shown whole (console loggers repeat the location on every line of a
/// multi-line message).
/// </summary>
internal sealed class RustcDiagnosticMapper(string workspaceRoot)
{
    private readonly string workspaceRootWithSeparator = Path.TrimEndingDirectorySeparator(Path.GetFullPath(workspaceRoot)) + Path.DirectorySeparatorChar;

    private const string ErrorIndexUrl = "https://doc.rust-lang.org/error_codes/";

    /// <summary>The mapped diagnostic, or null for rustc's summaries ("aborting due to…", "N warnings emitted").</summary>
    public BuildDiagnostic? Map(RustcDiagnostic diagnostic)
    {
        if (IsSummary(diagnostic))
        {
            return null;
        }

        var severity = diagnostic.Level switch
        {
            "warning" => DiagnosticSeverity.Warning,
            "note" or "help" => DiagnosticSeverity.Message,
            _ => DiagnosticSeverity.Error,
        };
        var isInternalCompilerError = diagnostic.Level.Contains("internal compiler error", StringComparison.Ordinal);
        var location = Locate(diagnostic.PrimarySpan);
        return new BuildDiagnostic(severity, diagnostic.Code, ComposeMessage(diagnostic, isInternalCompilerError))
        {
            File = location?.FileName,
            Line = location?.LineStart ?? 0,
            Column = location?.ColumnStart ?? 0,
            EndLine = location?.LineEnd ?? 0,
            EndColumn = location?.ColumnEnd ?? 0,
            HelpLink = IsErrorIndexCode(diagnostic.Code) ? ErrorIndexUrl + diagnostic.Code + ".html" : null,
        };
    }

    /// <summary>The span as MSBuild should show it: absolute, and outside macro definitions.</summary>
    public RustcSpan? Locate(RustcSpan? span)
    {
        if (span is null)
        {
            return null;
        }

        // A span produced by a macro points into the macro's definition (or into code the user does not own):
        // follow the expansions back to the call site. Tokens the user passed to the macro lie inside the call
        // and keep their own, more precise span. So does code an attribute or derive made at a place in the user's
        // item (PyO3 locates an argument's conversion at the argument's type): that place is what rustc shows,
        // while the attribute's own span is only its name, above the item.
        var site = span;
        while (site.Expansion is { } expansion
               && !(IsUserFile(site.FileName) && (IsAttribute(expansion) || IsInsideAnInvocation(site))))
        {
            site = expansion.Span;
        }

        return site with { FileName = ResolvePath(site.FileName) };
    }

    // rustc names an attribute macro's expansion "#[pyfunction]" and a derive's "#[derive(Clone)]"; a function-like
    // macro's ends with '!'.
    private static bool IsAttribute(RustcExpansion expansion) => expansion.MacroDeclName.StartsWith("#[", StringComparison.Ordinal);

    // Macros nest (println! calls format_args!): the tokens may lie in any invocation up the chain.
    private static bool IsInsideAnInvocation(RustcSpan span)
    {
        for (var expansion = span.Expansion; expansion is not null; expansion = expansion.Span.Expansion)
        {
            if (Contains(expansion.Span, span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(RustcSpan outer, RustcSpan inner) =>
        outer.FileName == inner.FileName
        && (outer.LineStart, outer.ColumnStart).CompareTo((inner.LineStart, inner.ColumnStart)) <= 0
        && (inner.LineEnd, inner.ColumnEnd).CompareTo((outer.LineEnd, outer.ColumnEnd)) <= 0;

    private bool IsUserFile(string fileName) =>
        fileName.Length > 0 && !fileName.StartsWith('<')
        && (!Path.IsPathRooted(fileName) || ResolvePath(fileName).StartsWith(workspaceRootWithSeparator, StringComparison.Ordinal));

    private string ResolvePath(string fileName)
    {
        // Cargo runs rustc from the workspace root and passes member sources relative to it.
        if (fileName.Length == 0 || fileName.StartsWith('<') || Path.IsPathRooted(fileName))
        {
            return fileName;
        }

        return Path.GetFullPath(Path.Combine(workspaceRoot, fileName));
    }

    private static bool IsSummary(RustcDiagnostic diagnostic) =>
        diagnostic.Level == "failure-note"
        || (diagnostic.Spans.Count == 0 && diagnostic.Code is null
            && (diagnostic.Message.StartsWith("aborting due to", StringComparison.Ordinal)
                || (diagnostic.Level == "warning" && diagnostic.Message.EndsWith(" emitted", StringComparison.Ordinal))));

    // A diagnostic merged from twins has a primary span from each twin, at one place, each with its own label.
    private static IEnumerable<string> PrimaryLabels(RustcDiagnostic diagnostic) =>
        diagnostic.PrimarySpan is not { } primary
            ? []
            : diagnostic.Spans
                .Where(span => span.Label is not null && (span == primary || (span.IsPrimary && SameStart(span, primary))))
                .Select(span => OneLineText.Prose(span.Label!))
                .Distinct(StringComparer.Ordinal);

    private static bool SameStart(RustcSpan first, RustcSpan second) =>
        first.FileName == second.FileName && first.LineStart == second.LineStart && first.ColumnStart == second.ColumnStart;

    private static bool IsErrorIndexCode(string? code) =>
        code is { Length: 5 } && code[0] == 'E' && code.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;

    private static string ComposeMessage(RustcDiagnostic diagnostic, bool isInternalCompilerError)
    {
        var message = new StringBuilder(OneLineText.Prose(diagnostic.Message));
        var labels = PrimaryLabels(diagnostic).Where(label => !diagnostic.Message.Contains(label, StringComparison.Ordinal)).ToList();
        if (labels.Count > 0)
        {
            message.Append(": ").AppendJoin("; ", labels);
        }

        foreach (var child in diagnostic.Children)
        {
            if (child.Message.Length == 0)
            {
                continue;
            }

            message.Append("; ").Append(child.Level).Append(": ").Append(OneLineText.Prose(child.Message));
            if (SuggestionText.Render(child.Spans) is { } suggestion)
            {
                message.Append(": ").Append(suggestion);
            }
        }

        if (isInternalCompilerError)
        {
            message.Append("; note: this is a bug in rustc, not in your code; rustc's full report is in the build log");
        }

        return message.ToString();
    }
}
