using CargoBuild.Versions;

namespace CargoBuild.Migrations;

/// <summary>
/// Links into a versioned guide. Anchors changed between guide versions, so a link uses a hosted version that has the
/// anchor: the newest one not newer than the dependency's minor version, else the oldest one that has it.
/// </summary>
internal sealed class GuideLinks(string baseUrl, IReadOnlyList<CargoVersion> hosted)
{
    // Each hosted version's page, formatted once: every crate's rules choose a link per signal.
    private readonly string[] pages = [.. hosted.Select(version => baseUrl.Replace("{version}", version.ToString(), StringComparison.Ordinal))];

    public string BaseUrl => baseUrl;

    /// <summary>The hosted guide versions, oldest first.</summary>
    public IReadOnlyList<CargoVersion> Hosted => hosted;

    public string UrlFor(MigrationRule rule, CargoVersion? resolved)
    {
        if (rule.Anchor is null || rule.GuideRanges.Count == 0)
        {
            return rule.Url ?? "";
        }

        // Each range is a run of the sorted hosted versions, found by binary search: every crate's rules choose a link
        // per signal, and a walk over all hosted versions cost more than the rest of narrowing the rules.
        var notNewer = resolved is null ? hosted.Count - 1 : CountWhere(version => (version.Major, version.Minor).CompareTo((resolved.Major, resolved.Minor)) <= 0) - 1;
        int chosen = -1, oldest = -1;
        foreach (var (first, last) in rule.GuideRanges)
        {
            var low = CountWhere(version => version < first);
            var high = CountWhere(version => version <= last) - 1;
            if (low > high)
            {
                continue;
            }

            oldest = oldest < 0 ? low : Math.Min(oldest, low);
            var newestUsable = Math.Min(high, notNewer);
            if (newestUsable >= low)
            {
                chosen = Math.Max(chosen, newestUsable);
            }
        }

        chosen = chosen >= 0 ? chosen : oldest;
        return chosen < 0 ? rule.Url ?? "" : pages[chosen] + "#" + rule.Anchor;
    }

    /// <summary>How many of the sorted hosted versions, from the oldest, satisfy a condition that holds for a prefix of them.</summary>
    private int CountWhere(Func<CargoVersion, bool> holdsForPrefix)
    {
        int low = 0, high = hosted.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (holdsForPrefix(hosted[middle]))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
