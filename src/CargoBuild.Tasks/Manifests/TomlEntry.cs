namespace CargoBuild.Manifests;

/// <summary>A value of a TOML document with the 1-based position of its key, for located diagnostics.</summary>
/// <param name="Value">A string, bool, long, double, or an <see cref="IReadOnlyList{T}"/> of such values.</param>
internal sealed record TomlEntry(object? Value, int Line, int Column)
{
    public string? AsString => Value as string;

    public bool IsTrue => Value is true;
}
