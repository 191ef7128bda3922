using CargoBuild.Versions;

namespace CargoBuild.Migrations;

/// <summary>
/// Links into a versioned guide. Anchors changed between guide versions, so a link uses a hosted version that has the
/// anchor: the newest one not newer than the dependency's minor version, else the oldest one that has it.
/// </summary>
internal sealed class GuideLinks(string baseUrl, IReadOnlyList<CargoVersion> hosted)
{
    public string UrlFor(MigrationRule rule, CargoVersion? resolved)
    {
        if (rule.Anchor is null || rule.GuideRanges.Count == 0)
        {
            return rule.Url ?? "";
        }

        var candidates = hosted.Where(version => rule.GuideRanges.Any(range => version >= range.First && version <= range.Last)).ToList();
        if (candidates.Count == 0)
        {
            return rule.Url ?? "";
        }

        var chosen = resolved is null
            ? candidates[^1]
            : candidates.LastOrDefault(version => (version.Major, version.Minor).CompareTo((resolved.Major, resolved.Minor)) <= 0) ?? candidates[0];
        return baseUrl.Replace("{version}", chosen.ToString(), StringComparison.Ordinal) + "#" + rule.Anchor;
    }
}
