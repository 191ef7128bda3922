namespace CargoBuild.IntegrationTests.Migrations.GuideExamples;

/// <summary>What the build of one guide example reported.</summary>
public enum GuideExampleOutcome
{
    /// <summary>An error links to migration.html#&lt;the example's section&gt;.</summary>
    LinkedToItsSection,

    /// <summary>Errors link somewhere, but none to the example's section.</summary>
    LinkedElsewhere,

    /// <summary>Errors, none with a PyO3 link.</summary>
    NoLink,

    /// <summary>No error at all.</summary>
    Compiles,
}
