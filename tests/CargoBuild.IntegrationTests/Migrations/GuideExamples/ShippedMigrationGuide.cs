using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Migrations.GuideExamples;

/// <summary>
/// The migration guide a pyo3 release ships (guide/src/migration.md), read at test time from the registry, with the
/// doc-test attributes and edition its doc tests are compiled with (from the release's src/lib.rs and Cargo.toml).
/// </summary>
public sealed record ShippedMigrationGuide(PyO3Registry Registry, MigrationGuideDocument Document, string Edition)
{
    public static ShippedMigrationGuide Read(PyO3Registry registry)
    {
        var package = Path.Combine(registry.Directory, $"pyo3-{registry.Version}");
        var attributes = DocTestCrateAttributes.Read(File.ReadAllText(Path.Combine(package, "src", "lib.rs")));
        var edition = File.ReadLines(Path.Combine(package, "Cargo.toml"))
            .Select(line => line.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0].Trim() == "edition")
            .Select(pair => pair[1].Trim().Trim('"'))
            .FirstOrDefault() ?? "2015";
        return new ShippedMigrationGuide(registry, MigrationGuideDocument.Parse(File.ReadAllText(registry.MigrationGuide), attributes), edition);
    }
}
