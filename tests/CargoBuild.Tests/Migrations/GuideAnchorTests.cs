using System.Text.RegularExpressions;
using CargoBuild.Diagnostics;
using CargoBuild.Manifests;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Migrations;

/// <summary>The rules' guide links and the catalog's coverage, against the anchors of every hosted migration guide.</summary>
public sealed partial class GuideAnchorTests
{
    private static readonly Lazy<TomlDocument> RuleFile = new(() =>
        TomlDocument.Parse(File.ReadAllText(BuiltInRules.Path), BuiltInRules.Path, DiagnosticCodes.RuleFileError, new List<BuildDiagnostic>())!);

    public static TheoryData<string> RuleIds() => [.. BuiltInRules.Rules.Rules.Select(rule => rule.Id)];

    public static TheoryData<string> AnchoredRuleIds() => [.. BuiltInRules.Rules.Rules.Where(rule => rule.Anchor is not null).Select(rule => rule.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryLinkTheRuleCanProduceIsAHostedGuideVersionThatHasItsAnchor(string ruleId)
    {
        var rule = BuiltInRules.Rules.Rules.Single(candidate => candidate.Id == ruleId);
        if (rule.Anchor is null)
        {
            Assert.Matches(@"^https://(pyo3\.rs|doc\.rust-lang\.org)/", rule.Url);
            return;
        }

        foreach (var resolved in new[] { "0.8.0", "0.9.2", "0.11.0", "0.14.5", "0.16.0", "0.17.3", "0.20.3", "0.23.5", "0.26.0", "0.29.2", "1.0.0" })
        {
            var link = GuideLink().Match(rule.Guide!.UrlFor(rule, CargoVersion.Parse(resolved)));
            Assert.True(link.Success, link.Value);
            Assert.True(HostedGuideAnchors.ByVersion.TryGetValue(link.Groups["version"].Value, out var anchors), $"{link.Value}: no such hosted guide");
            Assert.Contains(link.Groups["anchor"].Value, anchors);
        }
    }

    /// <summary>
    /// The link's version, by its definition: the newest hosted version with the anchor that is not newer than the
    /// dependency's minor version, else the oldest with it; the newest with it when no version is resolved.
    /// </summary>
    [Theory]
    [MemberData(nameof(AnchoredRuleIds))]
    public void TheLinkIsTheNewestGuideWithTheAnchorNotNewerThanTheDependency(string ruleId)
    {
        var rule = BuiltInRules.Rules.Rules.Single(candidate => candidate.Id == ruleId);
        var withAnchor = HostedVersions().Where(version => HostedGuideAnchors.ByVersion[version.ToString()].Contains(rule.Anchor!)).ToList();
        var resolvedVersions = HostedVersions().Concat(HostedVersions().Select(version => version with { Patch = version.Patch + 7 })).Append(new CargoVersion(0, 1, 0)).Append(new CargoVersion(2, 0, 0));
        foreach (var resolved in resolvedVersions.Cast<CargoVersion?>().Append(null))
        {
            var expected = resolved is null ? withAnchor[^1]
                : withAnchor.LastOrDefault(version => (version.Major, version.Minor).CompareTo((resolved.Major, resolved.Minor)) <= 0) ?? withAnchor[0];

            Assert.Equal(expected.ToString(), GuideLink().Match(rule.Guide!.UrlFor(rule, resolved)).Groups["version"].Value);
        }
    }

    /// <summary>The guide ranges in the rule file are data computed offline: they must be exactly the hosted versions that have the anchor.</summary>
    [Theory]
    [MemberData(nameof(AnchoredRuleIds))]
    public void GuideRangesAreExactlyTheHostedVersionsThatHaveTheAnchor(string ruleId)
    {
        var rule = BuiltInRules.Rules.Rules.Single(candidate => candidate.Id == ruleId);
        var inRanges = HostedVersions().Where(version => rule.GuideRanges.Any(range => version >= range.First && version <= range.Last));
        var haveAnchor = HostedVersions().Where(version => HostedGuideAnchors.ByVersion[version.ToString()].Contains(rule.Anchor!));

        Assert.Equal(haveAnchor, inRanges);
    }

    [Fact]
    public void HostedVersionsAreEveryReleasedGuideWithAMigrationPage()
    {
        var released = HostedGuideAnchors.ByVersion.Keys.Select(CargoVersion.Parse).Where(version => version.PreRelease is null).Order();

        Assert.Equal(released, HostedVersions());
    }

    /// <summary>
    /// Every section of every hosted guide, 0.9 to the newest, is a rule's anchor or a listed exclusion; step headings
    /// ("from-08-to-09") only group sections, except where a step has no section below it (then the step is the rule).
    /// </summary>
    [Fact]
    public void CatalogCoversEverySectionOfEveryGuide()
    {
        var covered = BuiltInRules.Rules.Rules.Select(rule => rule.Anchor).OfType<string>().ToHashSet();

        var uncovered = HostedGuideAnchors.ByVersion.Values.SelectMany(anchors => anchors).Distinct()
            .Where(anchor => !StepHeading().IsMatch(anchor) && !covered.Contains(anchor) && !Excluded().ContainsKey(anchor));

        Assert.Empty(uncovered);
    }

    [Fact]
    public void CatalogCoversEverySectionOfTheNewestGuide()
    {
        var newest = HostedGuideAnchors.ByVersion.Keys.Select(CargoVersion.Parse).Max()!.ToString();
        var covered = BuiltInRules.Rules.Rules.Select(rule => rule.Anchor).OfType<string>().ToHashSet();

        var uncovered = HostedGuideAnchors.ByVersion[newest].Where(anchor => !StepHeading().IsMatch(anchor) && !covered.Contains(anchor));

        Assert.Equal(["migrating-from-older-pyo3-versions"], uncovered);
    }

    [Fact]
    public void EveryExclusionIsARealAnchorWithoutARuleAndSaysWhy()
    {
        var allAnchors = HostedGuideAnchors.ByVersion.Values.SelectMany(anchors => anchors).ToHashSet();
        var ruleAnchors = BuiltInRules.Rules.Rules.Select(rule => rule.Anchor).ToHashSet();

        Assert.NotEmpty(Excluded());
        Assert.All(Excluded(), exclusion =>
        {
            Assert.Contains(exclusion.Key, allAnchors);
            Assert.DoesNotContain(exclusion.Key, ruleAnchors);
            Assert.False(string.IsNullOrWhiteSpace(exclusion.Value));
        });
    }

    [Fact]
    public void EveryGuideStepHasARule()
    {
        var steps = HostedGuideAnchors.ByVersion.Values.SelectMany(anchors => anchors).Where(anchor => StepHeading().IsMatch(anchor)).Distinct()
            .Select(anchor => StepHeading().Match(anchor)).Select(step => $"0.{step.Groups["from"].Value[1..]} → 0.{step.Groups["to"].Value[1..]}");

        var ruleSteps = BuiltInRules.Rules.Rules.Select(rule => rule.Step).ToHashSet();

        Assert.All(steps, step => Assert.Contains(step, ruleSteps));
    }

    private static IReadOnlyList<CargoVersion> HostedVersions() =>
        [.. ((IReadOnlyList<object?>)RuleFile.Value.Get("guide", "hosted")!.Value!).Select(version => CargoVersion.Parse((string)version!))];

    private static Dictionary<string, string> Excluded() =>
        RuleFile.Value.TableArray("excluded").ToDictionary(exclusion => exclusion.Get("anchor")!.AsString!, exclusion => exclusion.Get("reason")!.AsString!);

    [GeneratedRegex(@"^https://pyo3\.rs/v(?<version>[0-9.]+)/migration\.html#(?<anchor>.+)$")]
    private static partial Regex GuideLink();

    [GeneratedRegex(@"^from-(?<from>0\d+)-to-(?<to>0\d+)$")]
    private static partial Regex StepHeading();
}
