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
    public void BrokenJsonIsAnUnreadableLineNotAnException(string line)
    {
        var parsed = Assert.IsType<NonJsonLine>(CargoMessageParser.Parse(line));

        Assert.NotNull(parsed.ParseError);
    }

    [Fact]
    public void UnknownReasonsAreToleratedAsCargosFormatGrows() =>
        Assert.Equal(new UnknownCargoMessage("build-started"), CargoMessageParser.Parse("{\"reason\":\"build-started\",\"run_id\":1}"));
}
