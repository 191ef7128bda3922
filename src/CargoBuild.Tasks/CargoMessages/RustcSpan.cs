namespace CargoBuild.CargoMessages;

/// <summary>
/// A source range of a rustc diagnostic. Lines and columns are 1-based; ColumnEnd is exclusive. Text is the source
/// under the range (its lines joined by newlines), which tells what the code names, or null when rustc quotes none;
/// Source is the whole of those lines.
/// </summary>
internal sealed record RustcSpan(
    string FileName,
    int LineStart,
    int LineEnd,
    int ColumnStart,
    int ColumnEnd,
    bool IsPrimary,
    string? Label,
    string? SuggestedReplacement,
    RustcExpansion? Expansion,
    string? Text = null,
    string? Source = null);
