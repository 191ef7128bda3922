using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace CargoBuild.CargoMessages;

/// <summary>
/// Turns one stdout line of <c>cargo build --message-format=json</c> into a <see cref="CargoMessage"/>.
/// Cargo interleaves build-script and tool output with its JSON, so only lines that start with '{' are JSON;
/// anything else (or JSON that does not parse) comes back as <see cref="NonJsonLine"/>.
/// </summary>
/// <remarks>
/// A forward-only reader builds the messages directly, skipping the fields CargoBuild does not use (most of a
/// diagnostic's bulk: the explanation of its code): a build with many diagnostics parses at the speed of
/// the reader, and a build's first message costs no serializer start-up. Every field is optional, as cargo's
/// format is forwards-compatible; a field of the wrong type makes the line unreadable, never an exception.
/// Its methods are compiled optimized when first called (AggressiveOptimization), not run from the ReadyToRun image:
/// while cargo runs, the runtime would recompile each twice (instrumented, then optimized) on CPU that rustc needs,
/// and precompiled code can inline none of System.Text.Json's reader. In the upgrade storm this takes about a quarter
/// of the runtime's recompilations away.
/// </remarks>
internal static class CargoMessageParser
{
    // Macro expansions nest a span per level; rustc emits deep chains for recursive macros.
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 256 };

    private const int StackBufferSize = 2048;

    public static CargoMessage Parse(string line) => Parse(Encoding.UTF8.GetBytes(line));

    /// <summary>The message of one line of cargo's stdout, as the bytes cargo wrote (UTF-8).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CargoMessage Parse(ReadOnlySpan<byte> line)
    {
        var json = line.TrimStart(" \t\r\n"u8);
        if (json.Length == 0 || json[0] != '{')
        {
            return new NonJsonLine(Encoding.UTF8.GetString(line), null);
        }

        try
        {
            return ParseObject(json, line);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            // The reader refuses bytes that are not UTF-8, which the text of a line shows as U+FFFD: so does the JSON.
            return Utf8.IsValid(json)
                ? new NonJsonLine(Encoding.UTF8.GetString(line), exception.Message)
                : Parse(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(line)));
        }
    }

    /// <summary>Parses a copy of the JSON: the explanations are cut out of it in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static CargoMessage ParseObject(ReadOnlySpan<byte> json, ReadOnlySpan<byte> line)
    {
        var rented = json.Length > StackBufferSize ? ArrayPool<byte>.Shared.Rent(json.Length) : null;
        try
        {
            Span<byte> buffer = rented is null ? stackalloc byte[StackBufferSize] : rented;
            var copy = buffer[..json.Length];
            json.CopyTo(copy);
            var reader = new Utf8JsonReader(copy[..WithoutExplanations(copy)], ReaderOptions);
            return ReadMessage(ref reader) ?? new NonJsonLine(Encoding.UTF8.GetString(line), "the JSON object has no \"reason\"");
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Replaces the value of each "explanation" string with null, in place, and returns the JSON's new length. rustc
    /// explains an error code in a third of a diagnostic's bytes, full of escaped newlines, which the reader would
    /// validate byte by byte although nothing reads them; a vectorized search finds the string's end instead. The
    /// bytes `"explanation":"` can only be a property and the start of its string value: inside a string, a quote that
    /// is not escaped would end it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int WithoutExplanations(Span<byte> json)
    {
        var length = json.Length;
        var searchFrom = 0;
        while (json[searchFrom..length].IndexOf("\"explanation\":\""u8) is var found and >= 0)
        {
            var opening = searchFrom + found + "\"explanation\":"u8.Length;
            var closing = ClosingQuote(json[..length], opening + 1);
            if (closing < 0)
            {
                break;
            }

            // A string shorter than null stays: the JSON is rewritten in place.
            if (closing - opening + 1 < "null"u8.Length)
            {
                searchFrom = closing + 1;
                continue;
            }

            searchFrom = opening + "null"u8.Length;
            "null"u8.CopyTo(json[opening..]);
            json[(closing + 1)..length].CopyTo(json[searchFrom..]);
            length -= closing + 1 - searchFrom;
        }

        return length;
    }

    /// <summary>The index of the quote that ends the string whose text starts at <paramref name="from"/>, or -1.</summary>
    private static int ClosingQuote(ReadOnlySpan<byte> json, int from)
    {
        while (from < json.Length && json[from..].IndexOfAny((byte)'"', (byte)'\\') is var found and >= 0)
        {
            from += found;
            if (json[from] == '"')
            {
                return from;
            }

            from += 2;
        }

        return -1;
    }

    /// <summary>The message, or null when the object has no "reason" (then it is not one of cargo's).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static CargoMessage? ReadMessage(ref Utf8JsonReader reader)
    {
        reader.Read();
        string? reason = null, packageId = null, manifestPath = null, outDir = null, executable = null;
        CargoTarget? target = null;
        RustcDiagnostic? message = null;
        IReadOnlyList<string>? filenames = null, linkedLibraries = null, linkedPaths = null, features = null;
        bool fresh = false, success = false;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("reason"u8)) { reason = ReadString(ref reader); }
            else if (reader.ValueTextEquals("package_id"u8)) { packageId = ReadString(ref reader); }
            else if (reader.ValueTextEquals("manifest_path"u8)) { manifestPath = ReadString(ref reader); }
            else if (reader.ValueTextEquals("target"u8)) { target = ReadObject(ref reader) ? ReadTarget(ref reader) : null; }
            else if (reader.ValueTextEquals("message"u8)) { message = ReadObject(ref reader) ? ReadDiagnostic(ref reader) : null; }
            else if (reader.ValueTextEquals("filenames"u8)) { filenames = ReadStrings(ref reader); }
            else if (reader.ValueTextEquals("executable"u8)) { executable = ReadString(ref reader); }
            else if (reader.ValueTextEquals("fresh"u8)) { fresh = ReadBoolean(ref reader); }
            else if (reader.ValueTextEquals("features"u8)) { features = ReadStrings(ref reader); }
            else if (reader.ValueTextEquals("out_dir"u8)) { outDir = ReadString(ref reader); }
            else if (reader.ValueTextEquals("linked_libs"u8)) { linkedLibraries = ReadStrings(ref reader); }
            else if (reader.ValueTextEquals("linked_paths"u8)) { linkedPaths = ReadStrings(ref reader); }
            else if (reader.ValueTextEquals("success"u8)) { success = ReadBoolean(ref reader); }
            else { SkipValue(ref reader); }
        }

        if (reader.Read())
        {
            throw new JsonException("Something follows the end of the JSON object.");
        }

        target ??= new CargoTarget("", [], [], null);
        return reason switch
        {
            null => null,
            "compiler-message" when message is not null => new CompilerMessage(packageId ?? "", manifestPath ?? "", target, message),
            "compiler-artifact" => new CompilerArtifact(packageId ?? "", manifestPath ?? "", target, filenames ?? [], fresh, executable) { Features = features ?? [] },
            "build-script-executed" => new BuildScriptExecuted(packageId ?? "", outDir) { LinkedLibraries = linkedLibraries ?? [], LinkedPaths = linkedPaths ?? [] },
            "build-finished" => new BuildFinished(success),
            _ => new UnknownCargoMessage(reason),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static CargoTarget ReadTarget(ref Utf8JsonReader reader)
    {
        string? name = null, sourcePath = null;
        IReadOnlyList<string>? kind = null, crateTypes = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("name"u8)) { name = ReadString(ref reader); }
            else if (reader.ValueTextEquals("kind"u8)) { kind = ReadStrings(ref reader); }
            else if (reader.ValueTextEquals("crate_types"u8)) { crateTypes = ReadStrings(ref reader); }
            else if (reader.ValueTextEquals("src_path"u8)) { sourcePath = ReadString(ref reader); }
            else { SkipValue(ref reader); }
        }

        return new CargoTarget(name ?? "", kind ?? [], crateTypes ?? [], sourcePath);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static RustcDiagnostic ReadDiagnostic(ref Utf8JsonReader reader)
    {
        string? message = null, code = null, level = null, rendered = null;
        List<RustcSpan>? spans = null;
        List<RustcDiagnostic>? children = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("message"u8)) { message = ReadString(ref reader); }
            else if (reader.ValueTextEquals("code"u8)) { code = ReadObject(ref reader) ? ReadCode(ref reader) : null; }
            else if (reader.ValueTextEquals("level"u8)) { level = ReadString(ref reader); }
            else if (reader.ValueTextEquals("rendered"u8)) { rendered = ReadTrimmedAtEnd(ref reader); }
            else if (reader.ValueTextEquals("spans"u8))
            {
                spans = [];
                while (NextArrayObject(ref reader))
                {
                    spans.Add(ReadSpan(ref reader));
                }
            }
            else if (reader.ValueTextEquals("children"u8))
            {
                children = [];
                while (NextArrayObject(ref reader))
                {
                    children.Add(ReadDiagnostic(ref reader));
                }
            }
            else { SkipValue(ref reader); }
        }

        return new RustcDiagnostic(message ?? "", string.IsNullOrEmpty(code) ? null : code, level ?? "error", spans ?? [], children ?? [], rendered);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? ReadCode(ref Utf8JsonReader reader)
    {
        string? code = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("code"u8)) { code = ReadString(ref reader); }
            else { SkipValue(ref reader); }
        }

        return code;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static RustcSpan ReadSpan(ref Utf8JsonReader reader)
    {
        string? fileName = null, label = null, suggestedReplacement = null, text = null, source = null;
        int lineStart = 0, lineEnd = 0, columnStart = 0, columnEnd = 0;
        var isPrimary = false;
        RustcExpansion? expansion = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("file_name"u8)) { fileName = ReadString(ref reader); }
            else if (reader.ValueTextEquals("line_start"u8)) { lineStart = ReadInt32(ref reader); }
            else if (reader.ValueTextEquals("line_end"u8)) { lineEnd = ReadInt32(ref reader); }
            else if (reader.ValueTextEquals("column_start"u8)) { columnStart = ReadInt32(ref reader); }
            else if (reader.ValueTextEquals("column_end"u8)) { columnEnd = ReadInt32(ref reader); }
            else if (reader.ValueTextEquals("is_primary"u8)) { isPrimary = ReadBoolean(ref reader); }
            else if (reader.ValueTextEquals("label"u8)) { label = ReadString(ref reader); }
            else if (reader.ValueTextEquals("suggested_replacement"u8)) { suggestedReplacement = ReadString(ref reader); }
            else if (reader.ValueTextEquals("expansion"u8)) { expansion = ReadObject(ref reader) ? ReadExpansion(ref reader) : null; }
            else if (reader.ValueTextEquals("text"u8)) { (text, source) = ReadQuotedText(ref reader); }
            else { SkipValue(ref reader); }
        }

        return new RustcSpan(fileName ?? "", lineStart, lineEnd, columnStart, columnEnd, isPrimary,
            string.IsNullOrEmpty(label) ? null : label, suggestedReplacement, expansion, text, source);
    }

    /// <summary>
    /// The highlighted part of each quoted source line (1-based character columns, end exclusive) and the whole lines,
    /// each joined by newlines; the whole lines let a suggestion be shown applied to the code around it.
    /// </summary>
    private static (string? Highlighted, string? Lines) ReadQuotedText(ref Utf8JsonReader reader)
    {
        StringBuilder? highlighted = null;
        string? firstLine = null;
        StringBuilder? lines = null;
        while (NextArrayObject(ref reader))
        {
            string? line = null;
            int start = 0, end = 0;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("text"u8)) { line = ReadString(ref reader); }
                else if (reader.ValueTextEquals("highlight_start"u8)) { start = ReadInt32(ref reader); }
                else if (reader.ValueTextEquals("highlight_end"u8)) { end = ReadInt32(ref reader); }
                else { SkipValue(ref reader); }
            }

            if (line is null)
            {
                continue;
            }

            var from = Math.Clamp(start - 1, 0, line.Length);
            var to = Math.Clamp(end - 1, from, line.Length);
            highlighted = highlighted is null ? new StringBuilder() : highlighted.Append('\n');
            highlighted.Append(line, from, to - from);

            // Most spans quote one line: keep that string as it is, and join only when there are more.
            if (firstLine is null)
            {
                firstLine = line;
            }
            else
            {
                (lines ??= new StringBuilder(firstLine)).Append('\n').Append(line);
            }
        }

        return (highlighted?.ToString(), lines?.ToString() ?? firstLine);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static RustcExpansion? ReadExpansion(ref Utf8JsonReader reader)
    {
        RustcSpan? span = null;
        string? macro = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("span"u8)) { span = ReadObject(ref reader) ? ReadSpan(ref reader) : null; }
            else if (reader.ValueTextEquals("macro_decl_name"u8)) { macro = ReadString(ref reader); }
            else { SkipValue(ref reader); }
        }

        return span is null ? null : new RustcExpansion(span, macro ?? "");
    }

    /// <summary>
    /// Inside an object (on its start, or on the last token of a property's value), moves to the next property's name;
    /// false at the object's end. After a true, the caller reads or skips the value.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw new JsonException($"Expected a property name, found {reader.TokenType}."),
        };
    }

    /// <summary>Moves to the value of the current property: true for an object, false for null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadObject(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.StartObject => true,
            JsonTokenType.Null => false,
            _ => throw new JsonException($"Expected a JSON object, found {reader.TokenType}."),
        };
    }

    /// <summary>In an array of objects, moves to the next object's start; false at the array's end. The first call moves into the array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NextArrayObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.PropertyName)
        {
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.Null)
            {
                return false;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"Expected a JSON array, found {reader.TokenType}.");
            }
        }

        Read(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.StartObject => true,
            JsonTokenType.EndArray => false,
            _ => throw new JsonException($"Expected a JSON object in the array, found {reader.TokenType}."),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static IReadOnlyList<string>? ReadStrings(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a JSON array of strings, found {reader.TokenType}.");
        }

        var values = new List<string>();
        while (true)
        {
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return values;
            }

            values.Add(reader.GetString() ?? throw new JsonException("Expected a string in the array, found null."));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? ReadString(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.GetString();
    }

    /// <summary>A string without the newlines rustc ends its rendered text with, decoded once instead of copied again to trim it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? ReadTrimmedAtEnd(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        if (reader.TokenType != JsonTokenType.String)
        {
            return reader.GetString();
        }

        // Unescaped, the text has at most as many UTF-16 characters as its JSON has bytes.
        var rented = reader.ValueSpan.Length > StackBufferSize / sizeof(char) ? ArrayPool<char>.Shared.Rent(reader.ValueSpan.Length) : null;
        try
        {
            Span<char> text = rented is null ? stackalloc char[StackBufferSize / sizeof(char)] : rented;
            return new string(text[..reader.CopyString(text)].TrimEnd());
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ReadInt32(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.GetInt32();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadBoolean(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.GetBoolean();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SkipValue(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        reader.Skip();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Read(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ends before the object is complete.");
        }
    }
}
