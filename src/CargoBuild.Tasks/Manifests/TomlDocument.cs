using CargoBuild.Diagnostics;
using Tomlyn;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace CargoBuild.Manifests;

/// <summary>
/// A TOML file flattened to dotted key paths ("dependencies.pyo3.version") with the position of every key, read with
/// Tomlyn's syntax parser so that errors and findings point at file(line,col). Arrays of tables ([[package]]) are
/// kept apart, one flattened table per element.
/// </summary>
internal sealed class TomlDocument
{
    private readonly Dictionary<string, TomlEntry> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TomlDocument>> tableArrays = new(StringComparer.Ordinal);
    private readonly HashSet<string> tables = new(StringComparer.Ordinal);

    private TomlDocument(string path) => Path = path;

    public string Path { get; }

    /// <summary>Parses <paramref name="text"/>; on a syntax error returns null and adds one located diagnostic (code <paramref name="errorCode"/>).</summary>
    public static TomlDocument? Parse(string text, string path, DiagnosticCode errorCode, ICollection<BuildDiagnostic> diagnostics)
    {
        DocumentSyntax syntax;
        try
        {
            syntax = SyntaxParser.Parse(text, path, false);
        }
        catch (TomlException exception)
        {
            // Beyond the parser's nesting limit: an error it throws instead of reporting. Its second sentence is
            // advice for Tomlyn's callers, not for whoever wrote the file.
            diagnostics.Add(NotToml(path, errorCode, FirstSentence(exception.Message), exception.Line ?? 1, exception.Column ?? 1));
            return null;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // Some malformed text (a string cut off after a backslash) makes the parser fail instead of report.
            diagnostics.Add(NotToml(path, errorCode, $"the parser failed ({exception.GetType().Name}: {exception.Message})", 1, 1));
            return null;
        }

        if (syntax.HasErrors)
        {
            // The parser recovers and reports follow-on errors; the earliest one is the cause.
            var error = syntax.Diagnostics
                .Where(message => message.Kind == DiagnosticMessageKind.Error)
                .OrderBy(message => message.Span.Start.Line)
                .ThenBy(message => message.Span.Start.Column)
                .First();
            diagnostics.Add(NotToml(path, errorCode, error.Message.ToString(), error.Span.Start.Line + 1, error.Span.Start.Column + 1));
            return null;
        }

        var document = new TomlDocument(path);
        document.AddKeyValues([], syntax.KeyValues);
        foreach (var table in syntax.Tables)
        {
            var name = KeyPath(table.Name);
            if (table is TableArraySyntax)
            {
                var element = new TomlDocument(path);
                element.AddKeyValues([], table.Items);
                document.AddTableArrayElement(name, element);
            }
            else
            {
                document.tables.Add(Join(name));
                document.AddKeyValues(name, table.Items);
            }
        }

        return document;
    }

    private static string FirstSentence(string text) => text.IndexOf(". ", StringComparison.Ordinal) is var end and > 0 ? text[..(end + 1)] : text;

    private static BuildDiagnostic NotToml(string path, DiagnosticCode errorCode, string reason, int line, int column) =>
        new(errorCode, $"{System.IO.Path.GetFileName(path)} is not valid TOML: {reason}") { File = path, Line = line, Column = column };

    /// <summary>Every value of the document, for locating a table that lacks the key an error is about.</summary>
    public IEnumerable<TomlEntry> Entries => entries.Values;

    public TomlEntry? Get(params string[] path) => entries.GetValueOrDefault(Join(path));

    /// <summary>The distinct names directly below <paramref name="path"/> ("dependencies" → "pyo3", "serde", ...).</summary>
    public IReadOnlyList<string> ChildrenOf(params string[] path)
    {
        var prefix = path.Length == 0 ? "" : Join(path) + Separator;
        return [.. entries.Keys
            .Where(key => key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(key => key[prefix.Length..].Split(Separator)[0])
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>True when the document has a [name] table header or any key below it.</summary>
    public bool HasTable(string name) => tables.Contains(name) || ChildrenOf(name).Count > 0;

    /// <summary>The elements of an array of tables ([[package]] in Cargo.lock).</summary>
    public IReadOnlyList<TomlDocument> TableArray(string name) => tableArrays.GetValueOrDefault(name) ?? [];

    private const char Separator = '\u001F';

    private static string Join(IEnumerable<string> path) => string.Join(Separator, path);

    // [[rule.signal]] belongs to the latest [[rule]]: nested arrays of tables attach to their parent's last element.
    private void AddTableArrayElement(string[] name, TomlDocument element)
    {
        for (var length = name.Length - 1; length > 0; length--)
        {
            if (tableArrays.TryGetValue(Join(name[..length]), out var parents) && parents.Count > 0)
            {
                parents[^1].AddTableArrayElement(name[length..], element);
                return;
            }
        }

        var key = Join(name);
        if (!tableArrays.TryGetValue(key, out var elements))
        {
            tableArrays[key] = elements = [];
        }

        elements.Add(element);
    }

    private void AddKeyValues(IReadOnlyList<string> prefix, IEnumerable<KeyValueSyntax> keyValues)
    {
        foreach (var keyValue in keyValues)
        {
            if (keyValue.Key is null || keyValue.Value is null)
            {
                continue;
            }

            var path = prefix.Concat(KeyPath(keyValue.Key)).ToArray();
            var position = keyValue.Key.Span.Start;
            Add(path, keyValue.Value, position.Line + 1, position.Column + 1);
        }
    }

    private void Add(string[] path, ValueSyntax value, int line, int column)
    {
        if (value is InlineTableSyntax table)
        {
            // The table's own entry lets callers locate "pyo3 = { ... }" as a whole.
            entries[Join(path)] = new TomlEntry(null, line, column);
            foreach (var item in table.Items)
            {
                if (item.KeyValue?.Key is { } key && item.KeyValue.Value is { } inner)
                {
                    Add([.. path, .. KeyPath(key)], inner, line, column);
                }
            }

            return;
        }

        entries[Join(path)] = new TomlEntry(Scalar(value), line, column);
    }

    private static object? Scalar(ValueSyntax value) => value switch
    {
        StringValueSyntax text => text.Value,
        BooleanValueSyntax boolean => boolean.Value,
        IntegerValueSyntax integer => integer.Value,
        FloatValueSyntax number => number.Value,
        ArraySyntax array => array.Items.Select(item => item.Value is { } element ? Scalar(element) : null).ToArray(),
        _ => null,
    };

    private static string[] KeyPath(KeySyntax? key)
    {
        if (key?.Key is null)
        {
            return [];
        }

        var parts = new List<string> { Segment(key.Key) };
        foreach (var dotted in key.DotKeys)
        {
            if (dotted.Key is not null)
            {
                parts.Add(Segment(dotted.Key));
            }
        }

        return [.. parts];
    }

    private static string Segment(BareKeyOrStringValueSyntax key) => key switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "",
        StringValueSyntax quoted => quoted.Value ?? "",
        _ => key.ToString()?.Trim() ?? "",
    };
}
