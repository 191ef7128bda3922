using System.Text.Json;
using System.Text.RegularExpressions;
using CargoBuild.CargoErrors;
using CargoBuild.CargoMessages;
using CargoBuild.Diagnostics;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Migrations;

/// <summary>
/// Diagnostics from the real pyo3 0.17.3 builds of the crates in Fixtures/pyo3/crates (cargo's stdout in
/// Fixtures/pyo3/&lt;crate&gt;.jsonl, cargo's own errors in &lt;crate&gt;.stderr.txt), and the inferred ones built from
/// the patterns of signals no real build produced (Fixtures/pyo3/inferred); and the precision corpus, ordinary mistakes
/// in current-API code built with pyo3 0.22.6, 0.28.2 and 0.29.3 (Fixtures/pyo3-precision/&lt;minor&gt;).
/// </summary>
internal static partial class RecordedDiagnostics
{
    /// <summary>Where record.sh built the crates; the recorded spans are relative to the crate folder there.</summary>
    public static string RecordingRoot => RealBuildRecordings.PyO3_0_17.RecordingRoot;

    /// <summary>Where the record.sh of a fixture folder (pyo3, pyo3-0.22, pyo3-0.28, pyo3-0.29) built its crates.</summary>
    public static string RecordingRootOf(string folder) => RealBuildRecordings.ForFolder(folder).RecordingRoot;

    public static IReadOnlyList<string> Crates() => RealBuildRecordings.PyO3_0_17.Crates();

    public static IReadOnlyList<RustcDiagnostic> FromRealBuild(string crate) => RealBuildRecordings.PyO3_0_17.FromRealBuild(crate);

    public static IReadOnlyList<RustcDiagnostic> FromRealBuild(string crate, string folder) => RealBuildRecordings.ForFolder(folder).FromRealBuild(crate);

    /// <summary>The pyo3 minor versions of the precision corpus ("0.22"), each a folder of Fixtures/pyo3-precision.</summary>
    public static IReadOnlyList<string> PrecisionMinors() =>
        [.. Directory.EnumerateDirectories(Fixtures.PathOf("pyo3-precision")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static IReadOnlyList<string> PrecisionCrates(string minor) =>
        [.. Directory.EnumerateDirectories(Fixtures.PathOf($"pyo3-precision/{minor}/crates")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static IReadOnlyList<RustcDiagnostic> FromPrecisionBuild(string minor, string crate) => DiagnosticsOf(PrecisionRecording(minor, crate));

    /// <summary>
    /// The pyo3 version a precision crate's build resolved, read from the recording itself (cargo reports the pyo3
    /// package it compiled, or found fresh, in every build), so the test uses what the real build used.
    /// </summary>
    public static CargoVersion PrecisionPyO3Version(string minor, string crate) =>
        File.ReadLines(Fixtures.PathOf(PrecisionRecording(minor, crate)))
            .Select(CargoMessageParser.Parse)
            .OfType<CompilerArtifact>()
            .Select(artifact => PyO3PackageId().Match(artifact.PackageId))
            .Where(match => match.Success)
            .Select(match => CargoVersion.Parse(match.Groups["version"].Value))
            .Distinct()
            .Single();

    private static string PrecisionRecording(string minor, string crate) => $"pyo3-precision/{minor}/{crate}.jsonl";

    private static IReadOnlyList<RustcDiagnostic> DiagnosticsOf(string recording) =>
        [.. File.ReadLines(Fixtures.PathOf(recording))
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

    [GeneratedRegex(@"#pyo3@(?<version>[0-9][^ ]*)$")]
    private static partial Regex PyO3PackageId();
}
