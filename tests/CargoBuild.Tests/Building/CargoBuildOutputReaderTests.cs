using CargoBuild.Building;
using CargoBuild.Diagnostics;
using CargoBuild.Migrations;
using CargoBuild.Tests.CargoMessages;
using CargoBuild.Tests.Migrations;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Building;

public sealed class CargoBuildOutputReaderTests
{
    private readonly List<BuildDiagnostic> reported = [];
    private readonly List<string> details = [];

    [Fact]
    public void RealBuildGivesItsDiagnosticsAndTheCdylib()
    {
        var reader = Reader("warnings");

        Feed(reader, RecordedCargoOutput.StandardOutput("warnings"));

        Assert.Equal(["unused_variables", "dead_code"], reported.Select(diagnostic => diagnostic.Code));
        var artifact = Assert.Single(reader.Artifacts);
        Assert.Equal(($"{RecordedCargoOutput.Root}/target/debug/libfixture_warnings.so", "fixture_warnings"), (artifact.Path, artifact.TargetName));
        Assert.True(reader.BuildSucceeded);
        Assert.Equal(0, reader.ReportedErrors);
        Assert.Contains(details, detail => detail.StartsWith("warning: unused variable", StringComparison.Ordinal));
    }

    [Fact]
    public void ABuildOfPyO3WithExtensionModuleIsSeenAndAPlainBuildIsNot()
    {
        var pyo3 = Reader("control-pyo3-ok");
        var plain = Reader("warnings");

        Feed(pyo3, File.ReadAllLines(Fixtures.PathOf("pyo3/control-pyo3-ok.jsonl")));
        Feed(plain, RecordedCargoOutput.StandardOutput("warnings"));

        Assert.True(pyo3.BuiltPyO3ExtensionModule);
        Assert.Equal("control_pyo3_ok", Assert.Single(pyo3.Artifacts).TargetName);
        Assert.False(plain.BuiltPyO3ExtensionModule);
    }

    [Fact]
    public void TheSameDiagnosticIsReportedOnce()
    {
        var reader = Reader("type-error");
        var lines = RecordedCargoOutput.StandardOutput("type-error");

        Feed(reader, [.. lines, .. lines]);

        Assert.Single(reported);
        Assert.Equal(1, reader.ReportedErrors);
        Assert.False(reader.BuildSucceeded);
    }

    [Fact]
    public void DiagnosticsOfACargoThatEndsWithoutItsLastMessageAreReportedWhenItExits()
    {
        var reader = Reader("type-error");
        var lines = RecordedCargoOutput.StandardOutput("type-error").Where(line => !line.Contains("\"build-finished\"", StringComparison.Ordinal));

        Feed(reader, lines);
        var beforeExit = reported.Count;
        reader.Complete();

        Assert.Equal(0, beforeExit);
        Assert.Equal("E0308", Assert.Single(reported).Code);
        Assert.Equal(1, reader.ReportedErrors);
    }

    [Fact]
    public void GarbledJsonIsAWarningAndOtherTextIsKept()
    {
        var reader = Reader("type-error");

        Feed(reader, ["{\"reason\":\"compiler-message\",\"message\":{\"mess", "some tool's chatter", "\u00ff\u00fe not utf-8 text"]);

        var warning = Assert.Single(reported);
        Assert.Equal((DiagnosticSeverity.Warning, "CB1014"), (warning.Severity, warning.Code));
        Assert.Contains("some tool's chatter", details);
        Assert.Contains("\u00ff\u00fe not utf-8 text", details);
    }

    [Fact]
    public void RegistryAndRlibArtifactsAreNotNativeLibraries()
    {
        var reader = Reader("type-error");

        Feed(reader, [
            "{\"reason\":\"compiler-artifact\",\"package_id\":\"registry+https://github.com/rust-lang/crates.io-index#libc@0.2.139\",\"target\":{\"crate_types\":[\"cdylib\"]},\"filenames\":[\"/t/liblibc.so\"]}",
            "{\"reason\":\"compiler-artifact\",\"package_id\":\"path+file:///w#lib@0.1.0\",\"target\":{\"crate_types\":[\"rlib\"]},\"filenames\":[\"/t/liblib.rlib\"]}",
        ]);

        Assert.Empty(reader.Artifacts);
    }

    /// <summary>
    /// Real old-API builds against pyo3 0.28.2, as one build of many errors: read as cargo writes them, most compiler
    /// messages wait for the build's end; with a line of other output after each, every one is read on arrival. The
    /// build reports the same diagnostics, in the same order, with the same links and upgrade summary.
    /// </summary>
    [Fact]
    public void MessagesThatWaitAreReportedAsIfReadOnArrival()
    {
        var messages = Directory.GetFiles(Fixtures.PathOf("pyo3-0.28"), "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).Where(line => line.Contains("\"reason\":\"compiler-message\"", StringComparison.Ordinal)).ToList();
        const string finished = """{"reason":"build-finished","success":false}""";

        var (waited, waitedSummary) = ReportedWithRules([.. messages, finished]);
        var (onArrival, onArrivalSummary) = ReportedWithRules([.. messages.SelectMany(line => new[] { line, "other output" }), finished]);

        Assert.True(messages.Count > 4 * CargoBuildOutputReader.MessagesReadOnArrival);
        Assert.Contains(waited, diagnostic => diagnostic.HelpLink is not null);
        Assert.Equal(onArrival, waited);
        Assert.NotNull(waitedSummary);
        Assert.Equal(onArrivalSummary, waitedSummary);
    }

    [Fact]
    public void MessagesAfterTheFirstFewWaitUntilTheCompilationEnds()
    {
        var reader = Reader("type-error");
        var messages = Enumerable.Range(1, CargoBuildOutputReader.MessagesReadOnArrival + 5).Select(index => WarningLine($"w{index}", "rendered")).ToList();

        Feed(reader, messages);
        var readBeforeTheEnd = details.Count;
        Feed(reader, ["""{"reason":"build-finished","success":true}"""]);

        Assert.Equal(CargoBuildOutputReader.MessagesReadOnArrival, readBeforeTheEnd);
        Assert.Equal(messages.Count, details.Count);
        Assert.Equal(messages.Count, reported.Count);
    }

    [Fact]
    public void WaitingMessagesAreReadOncePastTheirBound()
    {
        var reader = Reader("type-error");
        var big = new string('x', 1024 * 1024);
        var messages = Enumerable.Range(1, CargoBuildOutputReader.MessagesReadOnArrival + 20).Select(index => WarningLine($"w{index}", big)).ToList();

        Feed(reader, messages);
        var readBeforeTheEnd = details.Count;
        reader.Complete();

        Assert.InRange(readBeforeTheEnd, CargoBuildOutputReader.MessagesReadOnArrival + CargoBuildOutputReader.WaitingBytesLimit / (1024 * 1024), messages.Count - 1);
        Assert.Equal(messages.Count, details.Count);
        Assert.Equal(messages.Count, reported.Count);
    }

    /// <summary>A line that looks like a compiler message to the search but is the build's end: nothing is read twice.</summary>
    [Fact]
    public void AWaitingLineThatEndsTheBuildReadsTheRestOnce()
    {
        var reader = Reader("type-error");
        var messages = Enumerable.Range(1, CargoBuildOutputReader.MessagesReadOnArrival + 3).Select(index => WarningLine($"w{index}", "rendered")).ToList();

        Feed(reader, [.. messages, """{"reason":"build-finished","success":false,"x":{"reason":"compiler-message"}}""", WarningLine("after", "rendered")]);
        reader.Complete();

        Assert.Equal([.. Enumerable.Range(1, messages.Count).Select(index => $"w{index}"), "after"], reported.Select(diagnostic => diagnostic.Message));
        Assert.False(reader.BuildSucceeded);
    }

    private static string WarningLine(string message, string rendered) =>
        $$$"""{"reason":"compiler-message","package_id":"path+file:///w#x@0.1.0","target":{"name":"x","kind":["lib"]},"message":{"message":"{{{message}}}","code":null,"level":"warning","spans":[],"children":[],"rendered":"{{{rendered}}}"}}""";

    private static (List<BuildDiagnostic> Reported, string? Summary) ReportedWithRules(IEnumerable<string> lines)
    {
        var reported = new List<BuildDiagnostic>();
        var rewriter = new DiagnosticRewriter(() => BuiltInRules.Rules, () => new Dictionary<string, CargoVersion> { ["pyo3"] = CargoVersion.Parse("0.28.2") }, () => CargoVersion.Parse("0.20.0"));
        var reader = new CargoBuildOutputReader(new RustcDiagnosticMapper("/tmp/cargobuild-pyo3-fixtures/crates/x"), reported.Add, _ => { }, rewriter);
        Feed(reader, lines);
        reader.Complete();
        return (reported, rewriter.Summary.Describe());
    }

    private CargoBuildOutputReader Reader(string fixture) =>
        new(new RustcDiagnosticMapper($"{RecordedCargoOutput.Root}/{fixture}"), reported.Add, details.Add);

    private static void Feed(CargoBuildOutputReader reader, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            reader.ReadStandardOutput(line);
        }
    }
}
