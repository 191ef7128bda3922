using CsCheck;

namespace CargoBuild.Tests.Fuzzing;

/// <summary>
/// Inputs for the parsers' fuzz tests: real recorded inputs damaged by a few random edits (cut short, a range
/// deleted or repeated, a token that the format treats specially inserted, deep nesting), so that most of them get
/// past a parser's first checks and into its corners.
/// </summary>
internal static class FuzzInput
{
    /// <summary>UTF-8 that writes a lone surrogate as U+FFFD, as a file with invalid bytes reads.</summary>
    public static readonly System.Text.Encoding Utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    // Text that one of the formats read (JSON, TOML, cargo's stderr, dep-info, records, versions) treats specially.
    private static readonly string[] Tokens =
    [
        "\\", "\"", "'", "\0", "\n", "\r\n", "\r", "\t", " ", "[", "]", "[[", "]]", "{", "}", ",", "=", ":", "#", "-->",
        "\"\"\"", "'''", "99999999999999999999", "2147483648", "-1", "0", ".", "..", "/", "C:\\", "\\u", "\\uD800",
        "\\U0010FFFF", "\\x", "é", "\u2028", "\uFFFF", "\uD800", "😀", "nan", "inf", "1979-05-27T07:32:00Z", "true",
        "null", "[]", "{}", "\"\"", "^", "~", "*", ">=", "<", "|", "+", "-", "$", "%", "(", ")", "@", "error: ",
        "warning: ", "Caused by:", "  --> ", "manifest at `", "`", "TOML parse error at line ", ", column ", "\\\\?\\",
    ];

    // Where in the text an edit happens, as a fraction of its length.
    private static readonly Gen<double> Where = Gen.Double[0, 1];

    private static readonly Gen<Func<string, string>> Edit = Gen.OneOf(
        Where.Select<double, Func<string, string>>(at => text => text[..Position(text, at)]),
        Gen.Select(Where, Gen.Int[1, 64], (at, length) => (Func<string, string>)(text =>
        {
            var start = Position(text, at);
            return text.Remove(start, Math.Min(length, text.Length - start));
        })),
        Gen.Select(Where, Gen.Int[0, Tokens.Length - 1], (at, token) => (Func<string, string>)(text => text.Insert(Position(text, at), Tokens[token]))),
        Gen.Select(Where, Gen.Int[1, 64], Gen.Int[2, 8], (at, length, times) => (Func<string, string>)(text =>
        {
            var start = Position(text, at);
            var part = text.Substring(start, Math.Min(length, text.Length - start));
            return text.Insert(start, string.Concat(Enumerable.Repeat(part, times)));
        })),
        Gen.Select(Where, Gen.OneOf<string>("[", "{\"a\":", "{a=", "[[", "(", "\\"), Gen.Int[32, 400], (at, opener, depth) => (Func<string, string>)(text =>
            text.Insert(Position(text, at), string.Concat(Enumerable.Repeat(opener, depth))))),
        Gen.Select(Where, Gen.Char, (at, character) => (Func<string, string>)(text => text.Insert(Position(text, at), character.ToString()))),
        Gen.Select(Where, Gen.OneOf<string>("2147483648", "99999999999999999999", "0", "-1", "00"), (at, number) => (Func<string, string>)(text => ReplaceNumber(text, Position(text, at), number))),
        Gen.Select(Where, Gen.Int[0, Tokens.Length - 1], (at, token) => (Func<string, string>)(text => InsertAfterDelimiter(text, Position(text, at), Tokens[token]))));

    // Where the formats put paths and numbers: after these, an inserted token lands in a field rather than in prose.
    private const string Delimiters = "/:`=\"'[{,(";

    /// <summary>One of <paramref name="seeds"/> after one to six random edits, or now and then random text.</summary>
    public static Gen<string> MutationsOf(IReadOnlyList<string> seeds) =>
        Gen.Frequency(
            (19, (IGen<string>)Gen.Select(Gen.Int[0, seeds.Count - 1], Edit.Array[1, 6], (seed, edits) => edits.Aggregate(seeds[seed], (text, edit) => edit(text)))),
            (1, (IGen<string>)Gen.String[Gen.Char, 0, 300]));

    // The run of digits at or after a position, replaced.
    private static string ReplaceNumber(string text, int from, string number)
    {
        var start = text.AsSpan(from).IndexOfAnyInRange('0', '9');
        if (start < 0)
        {
            return text;
        }

        start += from;
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return string.Concat(text.AsSpan(0, start), number, text.AsSpan(end));
    }

    private static string InsertAfterDelimiter(string text, int from, string token)
    {
        var at = text.AsSpan(from).IndexOfAny(Delimiters);
        return at < 0 ? text : text.Insert(from + at + 1, token);
    }

    private static int Position(string text, double at) => (int)Math.Clamp(Math.Floor(at * (text.Length + 1)), 0, text.Length);
}
