namespace CargoBuild.IntegrationTests.Migrations.GuideExamples;

/// <summary>
/// A <c>compile_fail</c> Rust example of the migration guide: old code the release rejects. <see cref="Ordinal"/>
/// counts the section's compile_fail examples from 1; <see cref="Program"/> is the code as rustdoc compiles it;
/// <see cref="Ignored"/> is rustdoc's <c>ignore</c> (it never compiles such an example).
/// </summary>
public sealed record MigrationGuideExample(
    MigrationGuideSection Section,
    int Ordinal,
    int Line,
    IReadOnlyList<string> FenceTags,
    string? Edition,
    bool Ignored,
    string Program)
{
    public string Anchor => Section.Anchor;

    public string? StepFrom => Section.StepFrom;

    /// <summary>"anchor-ordinal": unique in a guide, used for crate folders and messages.</summary>
    public string Name => $"{Anchor}-{Ordinal}";
}
