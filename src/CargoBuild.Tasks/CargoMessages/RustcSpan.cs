namespace CargoBuild.CargoMessages;

/// <summary>A source range of a rustc diagnostic. Lines and columns are 1-based; ColumnEnd is exclusive.</summary>
public sealed record RustcSpan(
    string FileName,
    int LineStart,
    int LineEnd,
    int ColumnStart,
    int ColumnEnd,
    bool IsPrimary,
    string? Label,
    string? SuggestedReplacement,
    RustcExpansion? Expansion);
