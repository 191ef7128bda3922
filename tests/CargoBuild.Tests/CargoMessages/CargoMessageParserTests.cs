using System.Text;
using CargoBuild.CargoMessages;

namespace CargoBuild.Tests.CargoMessages;

public sealed class CargoMessageParserTests
{
    [Fact]
    public void RealBuildOfACdylibHasItsArtifactAndFinishes()
    {
        var messages = RecordedCargoOutput.StandardOutput("warnings").Select(CargoMessageParser.Parse).ToList();

        var artifact = Assert.Single(messages.OfType<CompilerArtifact>());
        Assert.Equal(["cdylib", "rlib"], artifact.Target.CrateTypes);
        Assert.Contains($"{RecordedCargoOutput.Root}/target/debug/libfixture_warnings.so", artifact.Filenames);
        Assert.StartsWith("path+file:///tmp/cargobuild-cargo-fixtures/warnings#", artifact.PackageId);
        Assert.Equal(new BuildFinished(true), messages[^1]);
        Assert.Equal(2, messages.OfType<CompilerMessage>().Count());
    }

    [Fact]
    public void DiagnosticFieldsAreRead()
    {
        var diagnostic = RecordedCargoOutput.Diagnostics("type-error")[0];

        Assert.Equal(("mismatched types", "E0308", "error"), (diagnostic.Message, diagnostic.Code, diagnostic.Level));
        var span = diagnostic.PrimarySpan!;
        Assert.Equal(("src/lib.rs", 2, 2, 22, 36, true), (span.FileName, span.LineStart, span.LineEnd, span.ColumnStart, span.ColumnEnd, span.IsPrimary));
        Assert.Equal("expected `i32`, found `&str`", span.Label);
        Assert.Contains("error[E0308]: mismatched types", diagnostic.Rendered);
    }

    [Fact]
    public void MacroExpansionIsKept()
    {
        var span = RecordedCargoOutput.Diagnostics("macro-error")[0].PrimarySpan!;

        Assert.Equal((3, 26), (span.LineStart, span.ColumnStart));
        Assert.Equal(("make_number!", 8, 5), (span.Expansion!.MacroDeclName, span.Expansion.Span.LineStart, span.Expansion.Span.ColumnStart));
    }

    [Fact]
    public void OldCargoPackageIdsAndSummariesAreRead()
    {
        var messages = RecordedCargoOutput.StandardOutput("old-toolchain-type-error").Select(CargoMessageParser.Parse).OfType<CompilerMessage>().ToList();

        Assert.StartsWith("fixture_type_error 0.1.0 (path+file://", messages[0].PackageId);
        Assert.Contains(messages, message => message.Diagnostic.Message.StartsWith("aborting due to", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("   Compiling foo v0.1.0")]
    [InlineData("")]
    [InlineData("not json at all")]
    public void TextThatIsNotJsonIsKeptAsText(string line) =>
        Assert.Equal(new NonJsonLine(line, null), CargoMessageParser.Parse(line));

    [Theory]
    [InlineData("{\"reason\":\"compiler-message\",\"message\":{\"message\":\"trunc")]
    [InlineData("{not json}")]
    [InlineData("{\"no_reason\":1}")]
    [InlineData("{\"reason\":\"compiler-artifact\",\"filenames\":\"not a list\"}")]
    [InlineData("{\"reason\":\"compiler-artifact\",\"filenames\":[null]}")]
    [InlineData("{\"reason\":\"build-finished\",\"success\":\"yes\"}")]
    [InlineData("{\"reason\":\"compiler-message\",\"message\":{\"spans\":[{\"line_start\":\"three\"}]}}")]
    [InlineData("{\"reason\":\"compiler-message\",\"message\":{\"spans\":[{\"line_start\":99999999999}]}}")]
    [InlineData("{\"reason\":\"compiler-message\",\"message\":\"a string\"}")]
    [InlineData("{\"reason\":\"build-finished\",\"success\":true} trailing")]
    [InlineData("{\"reason\":7}")]
    public void BrokenJsonIsAnUnreadableLineNotAnException(string line)
    {
        var parsed = Assert.IsType<NonJsonLine>(CargoMessageParser.Parse(line));

        Assert.NotNull(parsed.ParseError);
    }

    [Fact]
    public void EveryJsonLineOfEveryRecordingIsRead()
    {
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        // Fixtures/pyo3/inferred holds diagnostics built from rule patterns, in a shape of their own.
        var lines = Directory.EnumerateFiles(fixtures, "*.jsonl", SearchOption.AllDirectories)
            .Where(file => Path.GetFileName(Path.GetDirectoryName(file)) != "inferred")
            .SelectMany(File.ReadLines)
            .Where(line => line.StartsWith('{'))
            .ToList();

        Assert.True(lines.Count > 300, $"{lines.Count} recorded JSON lines");
        Assert.All(lines, line => Assert.IsNotType<NonJsonLine>(CargoMessageParser.Parse(line)));
    }

    [Fact]
    public void UnknownFieldsNullsAndWhitespaceAreTolerated()
    {
        var parsed = CargoMessageParser.Parse(
            " { \"reason\" : \"compiler-message\", \"new_field\": {\"nested\": [1, {\"x\": null}]}, \"target\": null, " +
            "\"message\": {\"message\": \"m\", \"code\": null, \"level\": \"warning\", \"spans\": null, \"children\": [], " +
            "\"rendered\": null, \"$message_type\": \"diagnostic\"} }  ");

        var message = Assert.IsType<CompilerMessage>(parsed);
        var diagnostic = message.Diagnostic;
        Assert.Equal(("m", null, "warning", null), (diagnostic.Message, diagnostic.Code, diagnostic.Level, diagnostic.Rendered));
        Assert.Empty(diagnostic.Spans);
        Assert.Empty(diagnostic.Children);
        Assert.Equal("", message.Target.Name);
    }

    [Fact]
    public void DeeplyNestedMacroExpansionsAreRead()
    {
        const int depth = 100;
        const string fields = "\"file_name\":\"src/lib.rs\",\"line_start\":1,\"line_end\":1,\"column_start\":1,\"column_end\":2,\"is_primary\":true";
        var span = $"{{{fields}}}";
        for (var level = 0; level < depth; level++)
        {
            span = $"{{{fields},\"expansion\":{{\"macro_decl_name\":\"m{level}!\",\"span\":{span}}}}}";
        }

        var parsed = Assert.IsType<CompilerMessage>(CargoMessageParser.Parse($"{{\"reason\":\"compiler-message\",\"message\":{{\"message\":\"deep\",\"spans\":[{span}]}}}}"));

        var levels = 0;
        for (var expansion = parsed.Diagnostic.Spans[0].Expansion; expansion is not null; expansion = expansion.Span.Expansion)
        {
            levels++;
        }

        Assert.Equal(depth, levels);
    }

    [Fact]
    public void LongLinesAndNonAsciiTextAreRead()
    {
        var text = string.Concat(Enumerable.Repeat("ünïcödé ✓ ", 2000));

        var parsed = Assert.IsType<CompilerMessage>(CargoMessageParser.Parse($"{{\"reason\":\"compiler-message\",\"message\":{{\"message\":\"{text}\"}}}}"));

        Assert.Equal(text, parsed.Diagnostic.Message);
    }

    /// <summary>The code's explanation is cut out before the reader runs: whatever it holds, the rest reads the same.</summary>
    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"ab\"")]
    [InlineData("\"a longer text\\nwith \\\"quotes\\\", a \\\\ and \\u0022\"")]
    [InlineData("\"text that quotes \\\"explanation\\\":\\\"x\\\" and ends in a backslash \\\\\"")]
    [InlineData("null")]
    public void ExplanationsAreSkippedWithoutChangingTheRest(string explanation)
    {
        var line = $"{{\"reason\":\"compiler-message\",\"message\":{{\"code\":{{\"code\":\"E0308\",\"explanation\":{explanation}}},\"message\":\"m\"," +
            $"\"children\":[{{\"message\":\"n\",\"code\":{{\"code\":\"E1\",\"explanation\":{explanation}}}}}],\"rendered\":\"r\\n\"}}}}";

        var diagnostic = Assert.IsType<CompilerMessage>(CargoMessageParser.Parse(line)).Diagnostic;

        Assert.Equal(("m", "E0308", "r", "n", "E1"), (diagnostic.Message, diagnostic.Code, diagnostic.Rendered, diagnostic.Children[0].Message, diagnostic.Children[0].Code));
    }

    [Theory]
    [InlineData("{\"reason\":\"compiler-message\",\"message\":{\"code\":{\"explanation\":\"never ends")]
    [InlineData("{\"reason\":\"compiler-message\",\"message\":{\"code\":{\"explanation\":\"ends in an escape\\")]
    [InlineData("{\"reason\":\"compiler-message\",\"message\":{\"code\":{\"explanation\":\"")]
    public void AnExplanationThatNeverEndsIsAnUnreadableLine(string line) =>
        Assert.NotNull(Assert.IsType<NonJsonLine>(CargoMessageParser.Parse(line)).ParseError);

    [Fact]
    public void RenderedTextLosesItsClosingNewlinesAndEscapesAreUndone()
    {
        const string line = "{\"reason\":\"compiler-message\",\"manifest_path\":\"C:\\\\w\\\\Cargo.toml\"," +
            "\"message\":{\"message\":\"m\",\"rendered\":\"error: m\\n --> src\\\\lib.rs:1:1\\n  \\u00e9\\n\\n\"}}";

        var message = Assert.IsType<CompilerMessage>(CargoMessageParser.Parse(line));

        Assert.Equal(("C:\\w\\Cargo.toml", "error: m\n --> src\\lib.rs:1:1\n  é"), (message.ManifestPath, message.Diagnostic.Rendered));
    }

    [Fact]
    public void LongRenderedTextIsReadWhole()
    {
        var text = string.Concat(Enumerable.Repeat("ünïcödé ✓\\n", 3000));

        var parsed = Assert.IsType<CompilerMessage>(CargoMessageParser.Parse($"{{\"reason\":\"compiler-message\",\"message\":{{\"message\":\"m\",\"rendered\":\"{text}\"}}}}"));

        Assert.Equal(string.Concat(Enumerable.Repeat("ünïcödé ✓\n", 3000)).TrimEnd(), parsed.Diagnostic.Rendered);
    }

    [Fact]
    public void BytesThatAreNotUtf8ReadAsReplacementCharactersInJsonAndInText()
    {
        byte[] invalid = [0xFF, 0xFE, (byte)'x'];
        var json = Encoding.UTF8.GetBytes("{\"reason\":\"compiler-message\",\"message\":{\"message\":\"a ").Concat(invalid).Concat("\"}}"u8.ToArray()).ToArray();
        var text = "plain "u8.ToArray().Concat(invalid).ToArray();

        var message = Assert.IsType<CompilerMessage>(CargoMessageParser.Parse(json));
        var line = Assert.IsType<NonJsonLine>(CargoMessageParser.Parse(text));

        Assert.Equal(("a \uFFFD\uFFFDx", "plain \uFFFD\uFFFDx", null), (message.Diagnostic.Message, line.Text, line.ParseError));
    }

    [Fact]
    public void UnknownReasonsAreToleratedAsCargosFormatGrows() =>
        Assert.Equal(new UnknownCargoMessage("build-started"), CargoMessageParser.Parse("{\"reason\":\"build-started\",\"run_id\":1}"));
}
