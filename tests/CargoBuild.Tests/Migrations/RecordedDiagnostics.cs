using System.Text.Json;
using CargoBuild.CargoMessages;

namespace CargoBuild.Tests.Migrations;

/// <summary>Diagnostics from the recorded pyo3 0.17.3 builds (Fixtures/pyo3/*.jsonl) and the inferred ones (Fixtures/pyo3/inferred).</summary>
internal static class RecordedDiagnostics
{
    public static IReadOnlyList<RustcDiagnostic> FromRealBuild(string crate) =>
        [.. File.ReadLines(Fixtures.PathOf($"pyo3/{crate}.jsonl"))
            .Select(CargoMessageParser.Parse)
            .OfType<CompilerMessage>()
            .Select(message => message.Diagnostic)
            .Where(diagnostic => diagnostic.Level is "error" or "warning")];

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
