using CargoBuild.Diagnostics;
using CargoBuild.Tests.CargoMessages;

namespace CargoBuild.Tests.Diagnostics;

/// <summary>Real rustc diagnostics, recorded from cargo, mapped field by field.</summary>
public sealed class RustcDiagnosticMapperTests
{
    private const string Root = RecordedCargoOutput.Root;

    [Fact]
    public void TypeError()
    {
        var mapped = Map("type-error", $"{Root}/type-error", 0);

        Assert.Equal(DiagnosticSeverity.Error, mapped.Severity);
        Assert.Equal("E0308", mapped.Code);
        Assert.Equal($"{Root}/type-error/src/lib.rs", mapped.File);
        Assert.Equal((2, 22, 2, 36), (mapped.Line, mapped.Column, mapped.EndLine, mapped.EndColumn));
        Assert.StartsWith("mismatched types: expected `i32`, found `&str`", mapped.Message);
        Assert.Equal("https://doc.rust-lang.org/error_codes/E0308.html", mapped.HelpLink);
        Assert.DoesNotContain('\n', mapped.Message);
    }

    [Fact]
    public void WorkspaceMemberPathsAreRelativeToTheWorkspaceRoot()
    {
        var mapped = Map("workspace-space", $"{Root}/workspace-space", 0);

        Assert.Equal($"{Root}/workspace-space/my member/src/lib.rs", mapped.File);
        Assert.Equal((2, 22), (mapped.Line, mapped.Column));
    }

    [Fact]
    public void WarningsKeepTheLintNameAndCarryNotesAndHelpOnOneLine()
    {
        var unused = Map("warnings", $"{Root}/warnings", 0);
        var deadCode = Map("warnings", $"{Root}/warnings", 1);

        Assert.Equal((DiagnosticSeverity.Warning, "unused_variables", 2, 9), (unused.Severity, unused.Code, unused.Line, unused.Column));
        Assert.StartsWith("unused variable: `unused`", unused.Message);
        Assert.Contains("; help: if this is intentional, prefix it with an underscore: `_unused`", unused.Message);
        Assert.Null(unused.HelpLink);
        Assert.Equal(("dead_code", 6, 4), (deadCode.Code, deadCode.Line, deadCode.Column));
    }

    [Fact]
    public void ErrorMadeByAMacroIsReportedWhereTheMacroIsCalled()
    {
        var mapped = Map("macro-error", $"{Root}/macro-error", 0);

        Assert.Equal(($"{Root}/macro-error/src/lib.rs", 8, 5), (mapped.File, mapped.Line, mapped.Column));
    }

    [Fact]
    public void TokensPassedToAMacroKeepTheirOwnSpan()
    {
        var mapped = Map("macro-error", $"{Root}/macro-error", 1);

        Assert.Equal(("E0277", 15, 20, 25), (mapped.Code, mapped.Line, mapped.Column, mapped.EndColumn));
    }

    [Theory]
    [InlineData("type-error", 1)]
    [InlineData("old-toolchain-type-error", 1)]
    [InlineData("old-toolchain-type-error", 2)]
    [InlineData("macro-error", 2)]
    public void SummariesAreNotDiagnostics(string fixture, int index) =>
        Assert.Null(new RustcDiagnosticMapper(Root).Map(RecordedCargoOutput.Diagnostics(fixture)[index]));

    [Fact]
    public void OldToolchainTypeErrorMapsTheSame()
    {
        var mapped = Map("old-toolchain-type-error", $"{Root}/old-toolchain", 0);

        Assert.Equal(("E0308", $"{Root}/old-toolchain/src/lib.rs", 2, 22), (mapped.Code, mapped.File, mapped.Line, mapped.Column));
    }

    [Fact]
    public void InternalCompilerErrorIsAnErrorThatSaysWhoseBugItIs()
    {
        // rustc's level for an ICE; written from rustc's JSON format (an ICE cannot be produced on purpose).
        var line = "{\"reason\":\"compiler-message\",\"package_id\":\"path+file:///w#c@0.1.0\",\"message\":{\"message\":\"unexpected panic\",\"code\":null,\"level\":\"error: internal compiler error\",\"spans\":[],\"children\":[],\"rendered\":\"error: internal compiler error: unexpected panic\"}}";
        var diagnostic = ((CargoBuild.CargoMessages.CompilerMessage)CargoBuild.CargoMessages.CargoMessageParser.Parse(line)).Diagnostic;

        var mapped = new RustcDiagnosticMapper(Root).Map(diagnostic)!;

        Assert.Equal(DiagnosticSeverity.Error, mapped.Severity);
        Assert.Contains("this is a bug in rustc, not in your code", mapped.Message);
    }

    private static BuildDiagnostic Map(string fixture, string workspaceRoot, int index) =>
        new RustcDiagnosticMapper(workspaceRoot).Map(RecordedCargoOutput.Diagnostics(fixture)[index])!;
}
