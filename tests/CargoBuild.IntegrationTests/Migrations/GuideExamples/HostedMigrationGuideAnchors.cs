using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Migrations.GuideExamples;

/// <summary>
/// The hosted guides' anchors (tests/CargoBuild.Tests/Fixtures/pyo3-guide/hosted-anchors.tsv: each anchor with the
/// first and last hosted version that has it), to check the anchors read from a shipped guide against.
/// </summary>
public sealed class HostedMigrationGuideAnchors
{
    private readonly IReadOnlyList<string> versions;
    private readonly Dictionary<string, (int First, int Last)> ranges;

    private HostedMigrationGuideAnchors(IReadOnlyList<string> versions, Dictionary<string, (int First, int Last)> ranges)
    {
        this.versions = versions;
        this.ranges = ranges;
    }

    public static HostedMigrationGuideAnchors Load()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRootAttribute.Value, "tests", "CargoBuild.Tests", "Fixtures", "pyo3-guide", "hosted-anchors.tsv"));
        var versions = lines.Single(line => line.StartsWith("# versions: ", StringComparison.Ordinal))["# versions: ".Length..].Split(' ');
        var ranges = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var row in lines.Where(line => !line.StartsWith('#')).Skip(1))
        {
            var (anchor, first, last) = row.Split('\t') switch { [var a, var f, var l] => (a, f, l), _ => throw new FormatException(row) };
            ranges[anchor] = (Array.IndexOf(versions, first), Array.IndexOf(versions, last));
        }

        return new HostedMigrationGuideAnchors(versions, ranges);
    }

    /// <summary>The hosted guide a release's own guide corresponds to: the newest hosted release of its minor version not after it.</summary>
    public string HostedVersionFor(string release)
    {
        var wanted = System.Version.Parse(release);
        return versions
            .Where(version => !version.Contains('-'))
            .Where(version => System.Version.Parse(version) is var hosted && hosted.Major == wanted.Major && hosted.Minor == wanted.Minor && hosted <= wanted)
            .LastOrDefault() ?? throw new InvalidOperationException($"No hosted guide of pyo3 {release}'s minor version.");
    }

    public bool Has(string hostedVersion, string anchor) =>
        ranges.TryGetValue(anchor, out var range) && Array.IndexOf([.. versions], hostedVersion) is var index && index >= range.First && index <= range.Last;
}
