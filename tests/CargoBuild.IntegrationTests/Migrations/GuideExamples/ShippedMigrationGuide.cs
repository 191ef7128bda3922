using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Migrations.GuideExamples;

/// <summary>
/// The migration guide a pyo3 release ships (guide/src/migration.md), read at test time from the registry, with the
/// doc-test attributes and edition its doc tests are compiled with and the features it declares (from the release's
/// src/lib.rs and Cargo.toml).
/// </summary>
public sealed record ShippedMigrationGuide(PyO3Registry Registry, MigrationGuideDocument Document, string Edition, IReadOnlySet<string> Features)
{
    public static ShippedMigrationGuide Read(PyO3Registry registry)
    {
        var package = Path.Combine(registry.Directory, $"pyo3-{registry.Version}");
        var attributes = DocTestCrateAttributes.Read(File.ReadAllText(Path.Combine(package, "src", "lib.rs")));
        var manifest = File.ReadAllLines(Path.Combine(package, "Cargo.toml"));
        var edition = manifest
            .Select(line => line.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0].Trim() == "edition")
            .Select(pair => pair[1].Trim().Trim('"'))
            .FirstOrDefault() ?? "2015";
        var features = manifest
            .SkipWhile(line => line.Trim() != "[features]")
            .Skip(1)
            .TakeWhile(line => !line.TrimStart().StartsWith('['))
            .Select(line => line.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0].Trim().Length > 0 && !pair[0].TrimStart().StartsWith('#'))
            .Select(pair => pair[0].Trim().Trim('"'))
            .ToHashSet(StringComparer.Ordinal);
        return new ShippedMigrationGuide(registry, MigrationGuideDocument.Parse(File.ReadAllText(registry.MigrationGuide), attributes), edition, features);
    }
}
