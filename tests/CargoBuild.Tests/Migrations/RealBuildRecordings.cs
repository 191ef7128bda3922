using CargoBuild.CargoMessages;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Migrations;

/// <summary>
/// One folder of real builds (Fixtures/&lt;folder&gt;): the old-API crates in crates/, cargo's stdout of each as
/// &lt;recording&gt;.jsonl, re-recorded by the folder's record.sh under a fixed root against one pyo3 release.
/// A recording is a crate's name, or the crate's name and the toolchain (`pydict-new.nightly`) for another rustc.
/// </summary>
internal sealed record RealBuildRecordings(string Folder, string RecordingRoot, CargoVersion PyO3)
{
    public static readonly RealBuildRecordings PyO3_0_17 = new("pyo3", "/tmp/cargobuild-pyo3-fixtures/crates", CargoVersion.Parse("0.17.3"));

    public static readonly RealBuildRecordings PyO3_0_22 = new("pyo3-0.22", "/tmp/cargobuild-pyo3-0.22-fixtures/crates", CargoVersion.Parse("0.22.6"));

    public static readonly RealBuildRecordings PyO3_0_28 = new("pyo3-0.28", "/tmp/cargobuild-pyo3-0.28-fixtures/crates", CargoVersion.Parse("0.28.2"));

    public static readonly RealBuildRecordings PyO3_0_29 = new("pyo3-0.29", "/tmp/cargobuild-pyo3-0.29-fixtures/crates", CargoVersion.Parse("0.29.3"));

    public static RealBuildRecordings ForFolder(string folder) =>
        new[] { PyO3_0_17, PyO3_0_22, PyO3_0_28, PyO3_0_29 }.Single(recordings => recordings.Folder == folder);

    public IReadOnlyDictionary<string, CargoVersion> Dependencies => new Dictionary<string, CargoVersion> { ["pyo3"] = PyO3 };

    public IReadOnlyList<string> Crates() =>
        [.. Directory.EnumerateDirectories(Fixtures.PathOf($"{Folder}/crates")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>The recordings of a crate built with a toolchain other than stable (`&lt;crate&gt;.&lt;toolchain&gt;.jsonl`).</summary>
    public IReadOnlyList<string> OtherToolchainRecordings() =>
        [.. Directory.EnumerateFiles(Fixtures.PathOf(Folder), "*.*.jsonl").Select(Path.GetFileName).OfType<string>()
            .Select(file => file[..^".jsonl".Length]).Order(StringComparer.Ordinal)];

    public static string CrateOf(string recording) => recording.Split('.')[0];

    public string SourceFolderOf(string recording) => $"{RecordingRoot}/{CrateOf(recording)}";

    public IReadOnlyList<CargoMessage> Messages(string recording) =>
        [.. File.ReadLines(Fixtures.PathOf($"{Folder}/{recording}.jsonl")).Select(CargoMessageParser.Parse)];

    public IReadOnlyList<RustcDiagnostic> FromRealBuild(string recording) =>
        [.. Messages(recording)
            .OfType<CompilerMessage>()
            .Select(message => message.Diagnostic)
            .Where(diagnostic => diagnostic.Level is "error" or "warning")];
}
