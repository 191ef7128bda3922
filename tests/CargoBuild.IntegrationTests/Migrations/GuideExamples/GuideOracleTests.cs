using System.Text;
using System.Text.RegularExpressions;
using CargoBuild.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace CargoBuild.IntegrationTests.Migrations.GuideExamples;

/// <summary>
/// The migration guide as an oracle: each release's own guide holds, as <c>compile_fail</c> examples, old code that
/// release rejects, written by PyO3's maintainers. Every example is built as a user's crate through the packed package,
/// with the step it comes from declared (PyO3UpgradedFrom), and must fail with an error that links to the section
/// holding it, or be in the committed exclusion table with a reason. The guide is read at test time, never committed.
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed partial class GuideOracleTests(PackagedCargoBuild package, ITestOutputHelper output)
{
    public static TheoryData<string> Minors => new() { "0.17", "0.22", "0.28", "0.29" };

    [Theory]
    [MemberData(nameof(Minors))]
    public void SectionAnchorsAreTheHostedGuidesAnchors(string minor)
    {
        var guide = ShippedMigrationGuide.Read(PyO3Registry.ForMinor(minor));
        var hosted = HostedMigrationGuideAnchors.Load();
        var hostedVersion = hosted.HostedVersionFor(guide.Registry.Version);

        var missing = guide.Document.Sections.Select(section => section.Anchor).Where(anchor => !hosted.Has(hostedVersion, anchor)).ToList();

        Assert.NotEmpty(guide.Document.CompileFailExamples);
        Assert.True(missing.Count == 0, $"pyo3 {guide.Registry.Version}'s guide has anchors the hosted guide {hostedVersion} does not: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Minors))]
    public void EveryCompileFailExampleLinksToItsSection(string minor)
    {
        var registry = PyO3Registry.ForMinor(minor);
        var guide = ShippedMigrationGuide.Read(registry);
        var examples = guide.Document.CompileFailExamples.ToList();
        var consumer = package.CreateConsumer($"guide-oracle-{minor}").UsePyO3Registry(registry);
        var crates = new StringBuilder();
        foreach (var step in examples.GroupBy(example => example.StepFrom))
        {
            // One cargo workspace per step, built on past failures: its examples share the declared upgrade.
            var members = step.ToList();
            foreach (var example in members)
            {
                WriteExampleCrate(consumer, registry, guide, example, examples.IndexOf(example));
            }

            consumer.WriteFile($"{StepFolder(step.Key)}/Cargo.toml", $"""
                [workspace]
                resolver = "2"
                members = [{string.Join(", ", members.Select(example => $"\"{example.Name}\""))}]
                """);
            var upgradedFrom = step.Key is { } from ? $" PyO3UpgradedFrom=\"{from}\"" : "";
            crates.AppendLine($"""<CargoCrate Include="{StepFolder(step.Key)}/Cargo.toml" CargoArgs="--keep-going" CopyToOutput="false"{upgradedFrom} />""");
        }

        consumer.WriteProject("Consumer.csproj", crates.ToString());

        var build = consumer.Build();

        var errors = UncodedErrors(build).Concat(build.Errors).ToList();
        var builds = examples.Select(example => new GuideExampleBuild(example,
            [.. errors.Where(error => error.File.StartsWith(consumer.PathOf(FolderOf(example)) + Path.DirectorySeparatorChar, StringComparison.Ordinal))])).ToList();
        var exclusions = GuideExampleExclusions.Load().Where(exclusion => exclusion.Minor == minor).ToList();
        var problems = Report(registry, builds, exclusions);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Prints what each example got and returns what fails the test.</summary>
    private List<string> Report(PyO3Registry registry, IReadOnlyList<GuideExampleBuild> builds, IReadOnlyList<GuideExampleExclusion> exclusions)
    {
        var problems = new List<string>();
        var excludedCount = 0;
        var lines = new List<string>();
        foreach (var built in builds)
        {
            var example = built.Example;
            var exclusion = exclusions.SingleOrDefault(candidate => candidate.Anchor == example.Anchor && candidate.Ordinal == example.Ordinal);
            var outcome = built.Outcome;
            var label = $"{example.Name} (line {example.Line}, from {example.StepFrom ?? "-"})";
            if (exclusion is not null)
            {
                excludedCount++;
                lines.Add($"  excluded ({exclusion.Kind}) {label}: {exclusion.Reason} [got: {Describe(built)}]");
                if (outcome == GuideExampleOutcome.LinkedToItsSection)
                {
                    problems.Add($"pyo3 {registry.Version}: {example.Name} is excluded ({exclusion.Kind}: {exclusion.Reason}) but now links to its section: remove it from {GuideExampleExclusions.TablePath}.");
                }
                else if (exclusion.Kind == "compiles" && outcome != GuideExampleOutcome.Compiles)
                {
                    problems.Add($"pyo3 {registry.Version}: {example.Name} is excluded as compiling, but fails: {Describe(built)}.");
                }

                continue;
            }

            lines.Add($"  {outcome switch
            {
                GuideExampleOutcome.LinkedToItsSection => "linked",
                GuideExampleOutcome.LinkedElsewhere => "ELSEWHERE",
                GuideExampleOutcome.NoLink => "NO LINK",
                _ => "COMPILES",
            }} {label}: {Describe(built)}");
            if (outcome != GuideExampleOutcome.LinkedToItsSection)
            {
                problems.Add($"pyo3 {registry.Version}: {example.Name} (from {example.StepFrom ?? "-"}) gets no link to migration.html#{example.Anchor}: {Describe(built)}");
            }
        }

        foreach (var stale in exclusions.Where(exclusion => !builds.Any(built => built.Example.Anchor == exclusion.Anchor && built.Example.Ordinal == exclusion.Ordinal)))
        {
            problems.Add($"pyo3 {registry.Version}: the exclusion of {stale.Name} names no example of this guide.");
        }

        var count = (GuideExampleOutcome wanted) => builds.Count(built => built.Outcome == wanted && !exclusions.Any(exclusion => exclusion.Anchor == built.Example.Anchor && exclusion.Ordinal == built.Example.Ordinal));
        output.WriteLine($"pyo3 {registry.Version} ({registry.Suite}): {builds.Count} examples; linked to their section {count(GuideExampleOutcome.LinkedToItsSection)}, " +
            $"linked elsewhere {count(GuideExampleOutcome.LinkedElsewhere)}, no link {count(GuideExampleOutcome.NoLink)}, compiles {count(GuideExampleOutcome.Compiles)}, excluded {excludedCount}");
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        return problems;
    }

    private static string Describe(GuideExampleBuild built) =>
        built.Outcome switch
        {
            GuideExampleOutcome.Compiles => "no error",
            GuideExampleOutcome.LinkedToItsSection or GuideExampleOutcome.LinkedElsewhere => string.Join("; ", built.Links),
            _ => string.Join("; ", built.Errors.Take(3).Select(error => $"{(error.Code.Length > 0 ? error.Code : "(no code)")}: {Shorten(error.Message)}")) + (built.Errors.Count > 3 ? $"; … ({built.Errors.Count} errors)" : ""),
        };

    /// <summary>rustc's errors without a code ("this file contains an unclosed delimiter"), which MSBuild logs as "error : …".</summary>
    private static IEnumerable<LoggedDiagnostic> UncodedErrors(ProcessOutcome build) => UncodedError().Matches(build.Output).Select(LoggedDiagnostic.From).Distinct();

    [GeneratedRegex(@"^\s*(?:\d+>)?(?<file>[^\r\n]*?)\((?<line>\d+),(?<column>\d+)(?:,(?<endLine>\d+),(?<endColumn>\d+))?\) ?: (?<severity>error) : (?<message>[^\r\n]*?)(?: \[[^\[\]\r\n]+\])?\r?$", RegexOptions.Multiline)]
    private static partial Regex UncodedError();

    private static string Shorten(string message) => message.Length <= 160 ? message : message[..160] + "…";

    private static string StepFolder(string? stepFrom) => stepFrom is null ? "examples/no-step" : $"examples/from-{stepFrom}";

    private static string FolderOf(MigrationGuideExample example) => $"{StepFolder(example.StepFrom)}/{example.Name}";

    /// <summary>
    /// A binary crate, as rustdoc compiles a doc test (so PyO3's deny(warnings) sees the same dead code), on exactly
    /// this pyo3 release with the features the example uses.
    /// </summary>
    private static void WriteExampleCrate(ConsumerWorkspace consumer, PyO3Registry registry, ShippedMigrationGuide guide, MigrationGuideExample example, int index)
    {
        var folder = FolderOf(example);
        consumer.WriteFile($"{folder}/Cargo.toml", $$"""
            [package]
            name = "guide_oracle_{{registry.Minor.Replace('.', '_')}}_{{index + 1}}"
            version = "0.1.0"
            edition = "{{example.Edition ?? guide.Edition}}"
            publish = false

            [dependencies]
            pyo3 = { version = "={{registry.Version}}", features = [{{string.Join(", ", ExampleFeatures.For(example, guide.Features).Select(feature => $"\"{feature}\""))}}] }
            """)
            .WriteFile($"{folder}/src/main.rs", example.Program);
    }
}
