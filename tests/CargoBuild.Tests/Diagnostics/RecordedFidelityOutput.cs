using CargoBuild.CargoMessages;

namespace CargoBuild.Tests.Diagnostics;

/// <summary>
/// Real cargo output recorded by Fixtures/fidelity/record.sh: the crate pyo3-fidelity built against real pyo3 releases
/// and rustc-fidelity, which needs no crate, under <see cref="Root"/>.
/// </summary>
internal static class RecordedFidelityOutput
{
    public const string Root = "/tmp/cargobuild-fidelity-fixtures";

    public const string PlainRustc = "rustc-fidelity";

    /// <summary>Every recording: pyo3-fidelity-&lt;pyo3 version&gt; and rustc-fidelity.</summary>
    public static IReadOnlyList<string> Recordings() =>
        [.. Directory.EnumerateFiles(Fixtures.PathOf("fidelity"), "*.jsonl").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>The folder cargo built the recording's crate in, which rustc's relative paths are relative to.</summary>
    public static string WorkspaceRoot(string recording) =>
        recording == PlainRustc ? $"{Root}/{PlainRustc}" : $"{Root}/pyo3-{recording["pyo3-fidelity-".Length..]}/pyo3-fidelity";

    public static IReadOnlyList<string> StandardOutput(string recording) => File.ReadAllLines(Fixtures.PathOf($"fidelity/{recording}.jsonl"));

    public static IReadOnlyList<RustcDiagnostic> Diagnostics(string recording) =>
        [.. StandardOutput(recording).Select(CargoMessageParser.Parse).OfType<CompilerMessage>().Select(message => message.Diagnostic)];
}
