using System.Text.Json;
using CargoBuild.CargoErrors;
using CargoBuild.CargoMessages;
using CargoBuild.Diagnostics;

namespace CargoBuild.Tests.Migrations;

/// <summary>
/// Diagnostics from the real pyo3 0.17.3 builds of the crates in Fixtures/pyo3/crates (cargo's stdout in
/// Fixtures/pyo3/&lt;crate&gt;.jsonl, cargo's own errors in &lt;crate&gt;.stderr.txt), and the inferred ones built from
/// the patterns of signals no real build produced (Fixtures/pyo3/inferred).
/// </summary>
internal static class RecordedDiagnostics
{
    /// <summary>Where record.sh built the crates; the recorded spans are relative to the crate folder there.</summary>
    public static string RecordingRoot => RealBuildRecordings.PyO3_0_17.RecordingRoot;

    public static IReadOnlyList<string> Crates() => RealBuildRecordings.PyO3_0_17.Crates();

    public static IReadOnlyList<RustcDiagnostic> FromRealBuild(string crate) => RealBuildRecordings.PyO3_0_17.FromRealBuild(crate);

    /// <summary>cargo's own errors of a crate that cargo rejected before rustc ran, as the build reads them from stderr.</summary>
    public static IReadOnlyList<BuildDiagnostic> CargoErrors(string crate)
    {
        var parser = new CargoStderrParser();
        foreach (var line in File.ReadLines(Fixtures.PathOf($"pyo3/{crate}.stderr.txt")))
        {
            parser.Add(line);
        }

        return parser.Complete($"{RecordingRoot}/{crate}/Cargo.toml").Diagnostics;
    }

    /// <summary>Each inferred diagnostic with the rule and signal it was built from, and the signal's version range.</summary>
    public static IEnumerable<(string RuleId, int Signal, string Source, string Versions, RustcDiagnostic Diagnostic)> Inferred()
    {
        foreach (var file in Directory.EnumerateFiles(Fixtures.PathOf("pyo3/inferred"), "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var message = (CompilerMessage)CargoMessageParser.Parse(root.GetProperty("cargo").GetRawText());
                yield return (root.GetProperty("rule").GetString()!, root.GetProperty("signal").GetInt32(), root.GetProperty("source").GetString()!,
                    root.GetProperty("versions").GetString()!, message.Diagnostic);
            }
        }
    }
}
