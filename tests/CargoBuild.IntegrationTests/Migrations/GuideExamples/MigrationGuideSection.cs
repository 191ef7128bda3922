namespace CargoBuild.IntegrationTests.Migrations.GuideExamples;

/// <summary>
/// A heading of the migration guide: its mdBook anchor, and the version the step it belongs to starts from
/// ("0.20" under "from 0.20.* to 0.21"; null above the first step).
/// </summary>
public sealed record MigrationGuideSection(string Anchor, string Title, int Level, string? StepFrom);
