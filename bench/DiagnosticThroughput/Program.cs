using System.Diagnostics;
using System.Text;
using CargoBuild.Building;
using CargoBuild.Diagnostics;
using CargoBuild.Migrations;
using CargoBuild.Versions;

// Streams cargo JSON lines, as the bytes cargo writes (real recordings: old-API and ordinary-mistake builds against pyo3
// 0.17.3, 0.22.6, 0.28.2 and 0.29.3, and plain rustc errors, repeated), through parsing, location mapping and PyO3 rule
// matching, as CargoCompile does, for code declared as written for pyo3 0.8 (so that every step's rules apply), and
// reports the rate and memory. Each recording keeps its build-finished line: the reader holds a build's diagnostics
// until then, to merge rustc's twins.
var repository = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(repository, "BuildTasks.sln")))
{
    repository = Path.GetDirectoryName(repository) ?? throw new InvalidOperationException("Run from inside the repository.");
}

var fixtures = Path.Combine(repository, "tests/CargoBuild.Tests/Fixtures");
var recordings = new (string Folder, string PyO3)[]
{
    ("pyo3", "0.17.3"), ("cargo", "0.17.3"), ("pyo3-0.22", "0.22.6"), ("pyo3-0.28", "0.28.2"), ("pyo3-0.29", "0.29.3"),
    ("pyo3-precision/0.22", "0.22.6"), ("pyo3-precision/0.28", "0.28.2"), ("pyo3-precision/0.29", "0.29.3"),
};
var recorded = recordings
    .SelectMany(recording => Directory.GetFiles(Path.Combine(fixtures, recording.Folder), "*.jsonl")
        .SelectMany(File.ReadLines)
        .Where(line => line.Contains("\"reason\":\"compiler-message\"", StringComparison.Ordinal)
            || line.Contains("\"reason\":\"build-finished\"", StringComparison.Ordinal))
        .Select(line => (Line: Encoding.UTF8.GetBytes(line), Version: CargoVersion.Parse(recording.PyO3))))
    .ToArray();
var versions = recorded.Select(entry => entry.Version).Distinct().ToArray();
var upgradedFrom = CargoVersion.Parse("0.8.0");
// Every build that runs cargo loads the rules first, so their cost counts as much as matching does.
var memoryBeforeRules = GC.GetTotalMemory(forceFullCollection: true);
var loading = Stopwatch.StartNew();
var rules = MigrationRuleSet.Load([Path.Combine(repository, "build/rules/pyo3-migration.toml")], new List<BuildDiagnostic>());
loading.Stop();
Console.WriteLine($"rules loaded in {loading.Elapsed.TotalMilliseconds:N0} ms (first load in the process, JIT included); " +
    $"they hold {(GC.GetTotalMemory(forceFullCollection: true) - memoryBeforeRules) / 1024:N0} KiB");

foreach (var count in new[] { 100_000, 100_000, 400_000 })
{
    var reported = 0;
    // Each pass over the recordings is a new set of builds, with readers and rules of its own: what the rules learn
    // about a message (it repeats within a build) is not carried from one pass to the next.
    Dictionary<CargoVersion, CargoBuildOutputReader> NewReaders() => versions.ToDictionary(version => version, version => new CargoBuildOutputReader(
        new RustcDiagnosticMapper("/tmp/cargobuild-pyo3-fixtures/crates/x"), _ => reported++, _ => { },
        new DiagnosticRewriter(() => rules, () => new Dictionary<string, CargoVersion> { ["pyo3"] = version }, () => upgradedFrom)));
    var readers = NewReaders();
    GC.Collect();
    var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    var processorTime = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    for (var index = 0; index < count; index++)
    {
        if (index > 0 && index % recorded.Length == 0)
        {
            readers = NewReaders();
        }

        var (line, version) = recorded[index % recorded.Length];
        readers[version].ReadStandardOutput(line);
    }

    clock.Stop();
    processorTime = Process.GetCurrentProcess().TotalProcessorTime - processorTime;
    allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);
    Console.WriteLine($"{count:N0} diagnostics ({recorded.Length} recorded with pyo3 {string.Join(", ", versions.Select(version => version.ToString()))}, repeated): " +
        $"{count / clock.Elapsed.TotalSeconds:N0} per second ({count / processorTime.TotalSeconds:N0} per second of the process's CPU time, all threads: " +
        $"the figure a busy machine changes least); live heap {memoryBefore / 1024:N0} KiB before, {memoryAfter / 1024:N0} KiB after; " +
        $"{allocated / count:N0} bytes allocated a line, garbage collections {GC.CollectionCount(0) - collections.Item1:N0}/{GC.CollectionCount(1) - collections.Item2:N0}/{GC.CollectionCount(2) - collections.Item3:N0} (gen 0/1/2); {reported / (count / recorded.Length)} distinct reported a pass");
}

PatternWorstCases.Report(rules, shown: 5);
