namespace CargoBuild.IntegrationTests.Migrations.GuideExamples;

/// <summary>
/// The pyo3 features an example is built with: its macros, and the opt-in features PyO3's own doc tests had on
/// (they run with the "full" feature) that the example's code uses, when this release still declares them.
/// </summary>
public static class ExampleFeatures
{
    private static readonly (string Marker, string Feature)[] OptIn = [("#[pyproto]", "pyproto")];

    public static IReadOnlyList<string> For(MigrationGuideExample example, IReadOnlySet<string> declaredFeatures) =>
        ["macros", .. OptIn.Where(optIn => example.Program.Contains(optIn.Marker, StringComparison.Ordinal) && declaredFeatures.Contains(optIn.Feature)).Select(optIn => optIn.Feature)];
}
