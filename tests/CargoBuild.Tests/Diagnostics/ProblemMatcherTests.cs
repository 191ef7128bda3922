using CargoBuild.CargoMessages;
using CargoBuild.Diagnostics;
using CargoBuild.Tests.CargoMessages;

namespace CargoBuild.Tests.Diagnostics;

/// <summary>
/// Every located rustc error and warning of the recorded builds, reported as CargoBuild reports it and printed as
/// MSBuild's console logger prints it, is a line both GitHub's csc.json and VS Code's $msCompile match, with the file,
/// line, severity and code the event carries.
/// </summary>
public sealed class ProblemMatcherTests
{
    private const string WorkspaceRoot = "/recorded/crate";
    private const string ProjectFile = "/recorded/Consumer.csproj";

    private static readonly DiagnosticPresentation Console = new(reportEndPositions: false);

    [Fact]
    public void EveryLocatedErrorAndWarningOfEveryRecordingMatchesBothMatchers()
    {
        var reported = RecordedDiagnostics().Select(Console.Present).ToList();

        Assert.All(reported, diagnostic =>
        {
            var line = Print(diagnostic);
            var csc = ProblemMatchers.SetupDotnetCsc.Match(line);
            var msCompile = ProblemMatchers.VsCodeMsCompile.Match(line);
            Assert.True(csc.Success, $"csc.json does not match: {line}");
            Assert.True(msCompile.Success, $"$msCompile does not match: {line}");
            Assert.Equal((diagnostic.File, diagnostic.Line.ToString(), Category(diagnostic), diagnostic.Code),
                (csc.Groups[1].Value, csc.Groups[2].Value, csc.Groups[3].Value, csc.Groups[4].Value));
            Assert.Equal((diagnostic.File, $"{diagnostic.Line},{diagnostic.Column}", Category(diagnostic), diagnostic.Code),
                (msCompile.Groups[1].Value, msCompile.Groups[2].Value, msCompile.Groups[3].Value, msCompile.Groups[4].Value));
            // csc.json ends the message at the first " [" (rustc writes `&'a [u8]`); the location and code still hold.
            if (!diagnostic.Message.Contains(" [", StringComparison.Ordinal))
            {
                Assert.Equal((diagnostic.Message, ProjectFile), (csc.Groups[5].Value, csc.Groups[6].Value));
            }
        });

        // The recordings hold each kind the scheme covers: rustc's error codes, lints, and diagnostics without a code.
        Assert.Contains(reported, diagnostic => diagnostic.Code!.StartsWith('E'));
        Assert.Contains(reported, diagnostic => diagnostic.LintName is not null && diagnostic.Severity == DiagnosticSeverity.Warning);
        Assert.Contains(reported, diagnostic => diagnostic.Code == LintCodeCatalog.BuiltIn.Uncoded);
    }

    [Fact]
    public void AsRustcGivesThemNoLocatedLineMatchesCscJsonAndNoLintMatchesMsCompile()
    {
        var lines = RecordedDiagnostics().Select(Print).ToList();

        Assert.DoesNotContain(lines, ProblemMatchers.SetupDotnetCsc.IsMatch);
        Assert.Contains(lines, line => line.Contains(": warning unused_variables: ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(": warning unused_variables: ", StringComparison.Ordinal) && ProblemMatchers.VsCodeMsCompile.IsMatch(line));
    }

    [Fact]
    public void ALintIsReportedUnderItsCatalogCodeWithItsNameFirstInTheText()
    {
        var unused = Console.Present(new RustcDiagnosticMapper($"{RecordedCargoOutput.Root}/warnings").Map(RecordedCargoOutput.Diagnostics("warnings")[0])!);

        Assert.Equal(("RL0232", "unused_variables"), (unused.Code, unused.LintName));
        Assert.StartsWith("unused_variables: unused variable: `unused`", unused.Message);
        Assert.Equal(
            $"{RecordedCargoOutput.Root}/warnings/src/lib.rs(2,9): warning RL0232: {unused.Message} [{ProjectFile}]",
            Print(unused));
    }

    [Fact]
    public void RustcErrorCodesAndCargoBuildsAndRuleFilesCodesAreKept()
    {
        foreach (var code in new[] { "E0308", "CB1001", "CB2001", "PY0901", "MYLIB0001", "MY-RULE" })
        {
            var diagnostic = new BuildDiagnostic(DiagnosticSeverity.Error, code, "text") { File = "/w/src/lib.rs", Line = 1, Column = 2 };
            Assert.Equal(diagnostic, Console.Present(diagnostic));
        }
    }

    [Fact]
    public void EndPositionsAreReportedOnlyWhenAskedForAndTheConsoleThenShowsFourNumbers()
    {
        var typeError = new RustcDiagnosticMapper($"{RecordedCargoOutput.Root}/type-error").Map(RecordedCargoOutput.Diagnostics("type-error")[0])!;

        var forConsole = Console.Present(typeError);
        var forVisualStudio = new DiagnosticPresentation(reportEndPositions: true).Present(typeError);

        Assert.Equal((2, 22, 0, 0), (forConsole.Line, forConsole.Column, forConsole.EndLine, forConsole.EndColumn));
        Assert.Equal((2, 22, 2, 36), (forVisualStudio.Line, forVisualStudio.Column, forVisualStudio.EndLine, forVisualStudio.EndColumn));
        Assert.Contains("lib.rs(2,22): error E0308: ", Print(forConsole));
        Assert.Contains("lib.rs(2,22,2,36): error E0308: ", Print(forVisualStudio));
        Assert.DoesNotMatch(ProblemMatchers.SetupDotnetCsc, Print(forVisualStudio));
    }

    /// <summary>The located errors and warnings of every recorded cargo build in Fixtures/, mapped as CargoBuild maps them.</summary>
    private static IEnumerable<BuildDiagnostic> RecordedDiagnostics()
    {
        var mapper = new RustcDiagnosticMapper(WorkspaceRoot);
        return Directory.EnumerateFiles(Fixtures.PathOf(""), "*.jsonl", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Select(CargoMessageParser.Parse)
            .OfType<CompilerMessage>()
            .Select(message => mapper.Map(message.Diagnostic))
            .OfType<BuildDiagnostic>()
            .Where(diagnostic => diagnostic is { Severity: DiagnosticSeverity.Error or DiagnosticSeverity.Warning, File: not null, Line: > 0 });
    }

    private static string Category(BuildDiagnostic diagnostic) => diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";

    private static string Print(BuildDiagnostic diagnostic) =>
        MSBuildConsoleLine.Format(Category(diagnostic), diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.EndLine,
            diagnostic.EndColumn, diagnostic.Message, ProjectFile);
}
