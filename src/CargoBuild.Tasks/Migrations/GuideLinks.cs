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

    public string UrlFor(MigrationRule rule, CargoVersion? resolved)
    {
        if (rule.Anchor is null || rule.GuideRanges.Count == 0)
        {
            return rule.Url ?? "";
        }

        // Newest first: the first hosted version with the anchor that is not newer than the dependency wins.
        var chosen = -1;
        for (var index = hosted.Count - 1; index >= 0; index--)
        {
            var version = hosted[index];
            if (!HasAnchor(rule, version))
            {
                continue;
            }

            chosen = index;
            if (resolved is null || (version.Major, version.Minor).CompareTo((resolved.Major, resolved.Minor)) <= 0)
            {
                break;
            }
        }

        return chosen < 0 ? rule.Url ?? "" : pages[chosen] + "#" + rule.Anchor;
    }

    private static bool HasAnchor(MigrationRule rule, CargoVersion version)
    {
        foreach (var (first, last) in rule.GuideRanges)
        {
            if (version >= first && version <= last)
            {
                return true;
            }
        }

        return false;
    }
}
