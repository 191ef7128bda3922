using CargoBuild.Building;
using CargoBuild.Diagnostics;
using CargoBuild.Tests.CargoMessages;

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
