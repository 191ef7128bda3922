using System.Diagnostics;
using CargoBuild.Building;
using CargoBuild.Diagnostics;
using CargoBuild.Migrations;
using CargoBuild.Versions;

// Streams cargo JSON lines (real recordings: pyo3 0.17.3 old-API builds and plain rustc errors, repeated) through
// parsing, location mapping and PyO3 rule matching, as CargoCompile does, and reports the rate and memory. Each
// recording keeps its build-finished line: the reader holds a build's diagnostics until then, to merge rustc's twins.
var repository = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(repository, "BuildTasks.sln")))
{
    repository = Path.GetDirectoryName(repository) ?? throw new InvalidOperationException("Run from inside the repository.");
}

var fixtures = Path.Combine(repository, "tests/CargoBuild.Tests/Fixtures");
var recorded = Directory.GetFiles(Path.Combine(fixtures, "pyo3"), "*.jsonl")
    .Concat(Directory.GetFiles(Path.Combine(fixtures, "cargo"), "*.stdout.jsonl"))
    .SelectMany(File.ReadLines)
    .Where(line => line.Contains("\"reason\":\"compiler-message\"", StringComparison.Ordinal)
        || line.Contains("\"reason\":\"build-finished\"", StringComparison.Ordinal))
    .ToArray();
// Every build that runs cargo loads the rules first, so their cost counts as much as matching does.
var memoryBeforeRules = GC.GetTotalMemory(forceFullCollection: true);
var loading = Stopwatch.StartNew();
var rules = MigrationRuleSet.Load([Path.Combine(repository, "build/rules/pyo3-migration.toml")], new List<BuildDiagnostic>());
loading.Stop();
Console.WriteLine($"rules loaded in {loading.Elapsed.TotalMilliseconds:N0} ms (first load in the process, JIT included); " +
    $"they hold {(GC.GetTotalMemory(forceFullCollection: true) - memoryBeforeRules) / 1024:N0} KiB");
var pyo3 = new Dictionary<string, CargoVersion> { ["pyo3"] = CargoVersion.Parse("0.17.3") };

foreach (var count in new[] { 100_000, 100_000, 400_000 })
{
    var reported = 0;
    var rewriter = new DiagnosticRewriter(() => rules, () => pyo3);
    var reader = new CargoBuildOutputReader(new RustcDiagnosticMapper("/tmp/cargobuild-pyo3-fixtures/crates/x"), _ => reported++, _ => { }, rewriter);
    GC.Collect();
    var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
    var clock = Stopwatch.StartNew();
    for (var index = 0; index < count; index++)
    {
        reader.ReadStandardOutput(recorded[index % recorded.Length]);
    }

    clock.Stop();
    var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);
    Console.WriteLine($"{count:N0} diagnostics ({recorded.Length} recorded, repeated): {count / clock.Elapsed.TotalSeconds:N0} per second; " +
        $"live heap {memoryBefore / 1024:N0} KiB before, {memoryAfter / 1024:N0} KiB after; {reported} distinct reported");
}
