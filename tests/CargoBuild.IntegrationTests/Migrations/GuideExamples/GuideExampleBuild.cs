using System.Text.RegularExpressions;
using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Migrations.GuideExamples;

/// <summary>The errors the build reported for one guide example's crate, and the links they carry.</summary>
public sealed partial record GuideExampleBuild(MigrationGuideExample Example, IReadOnlyList<LoggedDiagnostic> Errors)
{
    /// <summary>Each error that carries a PyO3 link or a migration rule's code (PY…), as "code link".</summary>
    public IReadOnlyList<string> Links =>
    [
        .. Errors
            .Where(error => error.Code.StartsWith("PY", StringComparison.Ordinal) || PyO3Link().IsMatch(error.Message))
            .Select(error => $"{error.Code} {string.Join(' ', PyO3Link().Matches(error.Message).Select(link => link.Value))}".TrimEnd())
            .Distinct(),
    ];

    public GuideExampleOutcome Outcome =>
        Errors.Count == 0 ? GuideExampleOutcome.Compiles
        : Errors.Any(error => SectionLinks(error).Contains(Example.Anchor)) ? GuideExampleOutcome.LinkedToItsSection
        : Links.Count > 0 ? GuideExampleOutcome.LinkedElsewhere
        : GuideExampleOutcome.NoLink;

    private static IEnumerable<string> SectionLinks(LoggedDiagnostic error) =>
        SectionLink().Matches(error.Message).Select(link => link.Groups["anchor"].Value);

    [GeneratedRegex(@"https://pyo3\.rs/\S*[^\s.,;)]")]
    private static partial Regex PyO3Link();

    [GeneratedRegex(@"migration\.html#(?<anchor>[A-Za-z0-9_-]+)")]
    private static partial Regex SectionLink();
}
