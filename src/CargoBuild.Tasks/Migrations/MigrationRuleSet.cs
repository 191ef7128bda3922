using System.Text;
using CargoBuild.CargoMessages;
using CargoBuild.Diagnostics;
using CargoBuild.Versions;

namespace CargoBuild.Migrations;

/// <summary>All loaded rules, in file order; <see cref="For"/> narrows them to what applies to one crate.</summary>
internal sealed class MigrationRuleSet(IReadOnlyList<MigrationRule> rules)
{
    public IReadOnlyList<MigrationRule> Rules => rules;

    /// <summary>Loads rule files in order; a file with errors adds its located errors and no rules.</summary>
    public static MigrationRuleSet Load(IEnumerable<string> paths, ICollection<BuildDiagnostic> diagnostics) =>
        new([.. paths.SelectMany(path => MigrationRuleFile.Load(path, diagnostics))]);

    /// <summary>
    /// The signals that apply to a crate with these resolved dependency versions: a rule applies only when its
    /// package is in the crate's graph, and each signal only for the versions it names.
    /// </summary>
    public CrateMigrationRules For(IReadOnlyDictionary<string, CargoVersion> resolved) =>
        new([.. rules.SelectMany(rule => rule.Signals
            .Where(signal => resolved.TryGetValue(rule.Package, out var version) && (signal.Versions?.IsSatisfiedBy(version.Release) ?? true))
            .Select(signal => new ApplicableSignal(rule, signal, resolved[rule.Package])))]);

    /// <summary>
    /// Everything around a diagnostic's message that tells one breakage from a look-alike: notes and help, span
    /// labels, the source text under the spans, the macros the code came from, and rustc's rendered text (which quotes
    /// the offending source line).
    /// </summary>
    internal static string ContextOf(RustcDiagnostic diagnostic)
    {
        var context = new StringBuilder();
        foreach (var child in diagnostic.Children)
        {
            context.AppendLine(child.Message);
            AppendSpans(context, child.Spans);
        }

        AppendSpans(context, diagnostic.Spans);
        return context.AppendLine(diagnostic.Rendered).ToString();
    }

    /// <summary>
    /// The user's source under the diagnostic's spans and its children's: what the code names. rustc names the
    /// workspace's files relative to its root, and a dependency's (pyo3's own) by absolute path: those are left out.
    /// </summary>
    internal static string SpanTextOf(RustcDiagnostic diagnostic)
    {
        var text = new StringBuilder();
        foreach (var span in diagnostic.Spans.Concat(diagnostic.Children.SelectMany(child => child.Spans)))
        {
            if (!Path.IsPathRooted(span.FileName))
            {
                text.AppendLine(span.Text);
            }
        }

        return text.ToString();
    }

    private static void AppendSpans(StringBuilder context, IReadOnlyList<RustcSpan> spans)
    {
        foreach (var span in spans)
        {
            context.AppendLine(span.Label);
            context.AppendLine(span.Text);
            for (var expansion = span.Expansion; expansion is not null; expansion = expansion.Span.Expansion)
            {
                context.AppendLine(expansion.MacroDeclName);
            }
        }
    }
}
