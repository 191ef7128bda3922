using System.Text;
using CargoBuild.Building;
using CargoBuild.CargoErrors;
using CargoBuild.Diagnostics;
using CargoBuild.Migrations;
using CargoBuild.Tests.Migrations;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Fuzzing;

/// <summary>
/// Damaged cargo output — JSON messages read, located and matched against the rules as a build does, and cargo's
/// stderr — gives diagnostics or plain lines, never an exception, and cargo's own errors always come through.
/// </summary>
public sealed class CargoOutputFuzzTests
{
    private static readonly IReadOnlyDictionary<string, CargoVersion> PyO3 = new Dictionary<string, CargoVersion> { ["pyo3"] = CargoVersion.Parse("0.28.2") };

    [Theory]
    [InlineData(null)]
    [InlineData("0.20.0")]
    public void JsonMessages(string? upgradedFrom) =>
        FuzzCheck.Handles(FuzzInput.MutationsOf(FuzzSeeds.CargoJsonLines), line =>
        {
            var from = upgradedFrom is null ? null : CargoVersion.Parse(upgradedFrom);
            var reader = new CargoBuildOutputReader(new RustcDiagnosticMapper("/tmp/cargobuild-pyo3-fixtures/crates/x"), AssertNotInternal, _ => { },
                new DiagnosticRewriter(() => BuiltInRules.Rules, () => PyO3, () => from));
            // Past the first few, compiler messages wait as bytes for the build's end: both ways are fuzzed.
            for (var copy = 0; copy <= CargoBuildOutputReader.MessagesReadOnArrival; copy++)
            {
                reader.ReadStandardOutput(line);
            }

            // The same characters as bytes cargo could write that are not UTF-8.
            reader.ReadStandardOutput(Encoding.Latin1.GetBytes(line));
            reader.ReadStandardOutput("""{"reason":"build-finished","success":false}""");
        }, iterations: 3000);

    [Fact]
    public void Stderr()
    {
        var manifest = Path.Combine(Directory.CreateTempSubdirectory("cargobuild-stderr-").FullName, "Cargo.toml");
        File.WriteAllText(manifest, "[package]\nname = \"x\"\nversion = \"0.1.0\"\nrust-version = \"1.99\"\n");
        FuzzCheck.Handles(FuzzInput.MutationsOf(FuzzSeeds.CargoStderr), text =>
        {
            var parser = new CargoStderrParser();
            var lines = text.Split('\n');
            foreach (var line in lines)
            {
                parser.Add(line);
            }

            var result = parser.Complete(manifest);
            foreach (var diagnostic in result.Diagnostics)
            {
                AssertNotInternal(diagnostic);
            }

            // cargo's own error headline reaches the user, whatever follows it.
            var headline = lines.Where(line => line.StartsWith("error: ", StringComparison.Ordinal)).Select(line => line["error: ".Length..].Trim())
                .FirstOrDefault(headline => !headline.StartsWith("could not compile `", StringComparison.Ordinal) && !headline.StartsWith("build failed, waiting", StringComparison.Ordinal));
            if (headline is not null)
            {
                Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Message.Contains(headline[..Math.Min(200, headline.Length)], StringComparison.Ordinal));
            }
        }, iterations: 3000);
    }

    private static void AssertNotInternal(BuildDiagnostic diagnostic) => Assert.NotEqual(DiagnosticCodes.InternalError.Code, diagnostic.Code);
}
