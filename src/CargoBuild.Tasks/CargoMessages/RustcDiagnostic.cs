namespace CargoBuild.CargoMessages;

/// <summary>One diagnostic as rustc emits it in JSON (level, code, spans and child notes), its rendered text without the newlines that end it.</summary>
internal sealed record RustcDiagnostic(
    string Message,
    string? Code,
    string Level,
    IReadOnlyList<RustcSpan> Spans,
    IReadOnlyList<RustcDiagnostic> Children,
    string? Rendered)
{
    public RustcSpan? PrimarySpan => Spans.FirstOrDefault(span => span.IsPrimary) ?? (Spans.Count > 0 ? Spans[0] : null);

    /// <summary>
    /// This diagnostic with what a twin (the same code and message at the same place) adds: its spans (other labels)
    /// and its notes and help, each once. rustc reports a failed trait bound once per obligation, so code a macro
    /// expands checks one argument several times and each report carries part of the explanation.
    /// </summary>
    public RustcDiagnostic WithTwin(RustcDiagnostic twin) => this with
    {
        Spans = [.. Spans, .. twin.Spans.Where(span => !Spans.Contains(span))],
        Children = [.. Children, .. twin.Children.Where(child => !Children.Any(own => own.SaysTheSame(child)))],
        Rendered = twin.Rendered is null || (Rendered?.Contains(twin.Rendered, StringComparison.Ordinal) ?? false)
            ? Rendered
            : Rendered is null ? twin.Rendered : Rendered + "\n" + twin.Rendered,
    };

    private bool SaysTheSame(RustcDiagnostic other) =>
        Level == other.Level && Message == other.Message && Spans.SequenceEqual(other.Spans);
}
