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
    public const string RecordingRoot = "/tmp/cargobuild-pyo3-fixtures/crates";

    /// <summary>Where the record.sh of a fixture folder (pyo3, pyo3-0.28, pyo3-0.29) built its crates.</summary>
    public static string RecordingRootOf(string folder) => $"/tmp/cargobuild-{folder}-fixtures/crates";

    public static IReadOnlyList<string> Crates() =>
        [.. Directory.EnumerateDirectories(Fixtures.PathOf("pyo3/crates")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static IReadOnlyList<RustcDiagnostic> FromRealBuild(string crate) => FromRealBuild(crate, "pyo3");

    public static IReadOnlyList<RustcDiagnostic> FromRealBuild(string crate, string folder) =>
        [.. File.ReadLines(Fixtures.PathOf($"{folder}/{crate}.jsonl"))
            .Select(CargoMessageParser.Parse)
            .OfType<CompilerMessage>()
            .Select(message => message.Diagnostic)
            .Where(diagnostic => diagnostic.Level is "error" or "warning")];

    /// <summary>cargo's own errors of a crate that cargo rejected before rustc ran, as the build reads them from stderr.</summary>
    public static IReadOnlyList<BuildDiagnostic> CargoErrors(string crate, string folder = "pyo3")
    {
        var parser = new CargoStderrParser();
        foreach (var line in File.ReadLines(Fixtures.PathOf($"{folder}/{crate}.stderr.txt")))
        {
            parser.Add(line);
        }

        return parser.Complete($"{RecordingRootOf(folder)}/{crate}/Cargo.toml").Diagnostics;
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
