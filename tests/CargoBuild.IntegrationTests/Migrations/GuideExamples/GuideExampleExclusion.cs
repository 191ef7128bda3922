namespace CargoBuild.IntegrationTests.Migrations.GuideExamples;

/// <summary>
/// A guide example the oracle does not require a link for, with why: <see cref="Kind"/> is one of
/// <see cref="GuideExampleExclusions.Kinds"/>.
/// </summary>
public sealed record GuideExampleExclusion(string Minor, string Anchor, int Ordinal, string Kind, string Reason)
{
    public string Name => $"{Anchor}-{Ordinal}";
}
