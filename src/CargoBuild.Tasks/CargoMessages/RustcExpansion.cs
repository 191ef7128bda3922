namespace CargoBuild.CargoMessages;

/// <summary>The macro invocation a span was expanded from.</summary>
internal sealed record RustcExpansion(RustcSpan Span, string MacroDeclName);
