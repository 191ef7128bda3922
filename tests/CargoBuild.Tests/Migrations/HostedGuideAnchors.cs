namespace CargoBuild.Tests.Migrations;

/// <summary>
/// The anchors of every hosted version of PyO3's migration guide, from Fixtures/pyo3-guide/hosted-anchors.tsv
/// (a table of facts in the repository: each anchor with the first and last hosted version that has it).
/// </summary>
internal static class HostedGuideAnchors
{
    private static readonly Lazy<IReadOnlyDictionary<string, HashSet<string>>> Anchors = new(Load);

    /// <summary>The anchors of each hosted guide version, keyed by version without its "v" ("0.17.3").</summary>
    public static IReadOnlyDictionary<string, HashSet<string>> ByVersion => Anchors.Value;

    private static IReadOnlyDictionary<string, HashSet<string>> Load()
    {
        var lines = File.ReadAllLines(Fixtures.PathOf("pyo3-guide/hosted-anchors.tsv"));
        var versions = lines.Single(line => line.StartsWith("# versions: ", StringComparison.Ordinal))["# versions: ".Length..].Split(' ');
        var anchors = versions.ToDictionary(version => version, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var row in lines.Where(line => !line.StartsWith('#')).Skip(1))
        {
            var (anchor, first, last) = row.Split('\t') switch { [var a, var f, var l] => (a, f, l), _ => throw new FormatException(row) };
            for (var index = Array.IndexOf(versions, first); index <= Array.IndexOf(versions, last); index++)
            {
                anchors[versions[index]].Add(anchor);
            }
        }

        return anchors;
    }
}
