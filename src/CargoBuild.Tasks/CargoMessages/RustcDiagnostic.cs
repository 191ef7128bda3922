namespace CargoBuild.CargoMessages;

/// <summary>One diagnostic as rustc emits it in JSON (level, code, spans and child notes).</summary>
public sealed record RustcDiagnostic(
    string Message,
    string? Code,
    string Level,
    IReadOnlyList<RustcSpan> Spans,
    IReadOnlyList<RustcDiagnostic> Children,
    string? Rendered)
{
    public RustcSpan? PrimarySpan => Spans.FirstOrDefault(span => span.IsPrimary) ?? (Spans.Count > 0 ? Spans[0] : null);
}
