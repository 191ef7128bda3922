using CargoBuild.CargoMessages;

namespace CargoBuild.Tests.CargoMessages;

/// <summary>Real cargo output recorded by Fixtures/cargo/record.sh, built under <see cref="Root"/>.</summary>
internal static class RecordedCargoOutput
{
    public const string Root = "/tmp/cargobuild-cargo-fixtures";

    public static IReadOnlyList<string> StandardOutput(string name) => File.ReadAllLines(Fixtures.PathOf($"cargo/{name}.stdout.jsonl"));

    public static IReadOnlyList<string> StandardError(string name) => File.ReadAllLines(Fixtures.PathOf($"cargo/{name}.stderr.txt"));

    public static IReadOnlyList<RustcDiagnostic> Diagnostics(string name) =>
        [.. StandardOutput(name).Select(CargoMessageParser.Parse).OfType<CompilerMessage>().Select(message => message.Diagnostic)];
}
