using System.Text.Json;
using System.Text.RegularExpressions;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Migrations;

/// <summary>
/// The rules' links against shared/pyo3/anchors.json, the anchors of every hosted version of PyO3's migration guide
/// (kept beside the repository, at ../shared, on developer machines and CI).
/// </summary>
public sealed partial class GuideAnchorTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, HashSet<string>>> Anchors = new(LoadAnchors);

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in BuiltInRules.Rules.Rules)
        {
            data.Add(rule.Id);
        }

        return data;
    }

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

        foreach (var resolved in new[] { "0.8.0", "0.9.2", "0.11.1", "0.14.5", "0.17.3", "0.20.3", "0.23.5", "0.26.0", "0.29.2", "1.0.0" })
        {
            var url = rule.Guide!.UrlFor(rule, CargoVersion.Parse(resolved));
            var link = GuideLink().Match(url);
            Assert.True(link.Success, url);
            Assert.True(Anchors.Value.TryGetValue("v" + link.Groups["version"].Value, out var anchors), $"{url}: no hosted guide v{link.Groups["version"].Value}");
            Assert.Contains(link.Groups["anchor"].Value, anchors);
        }
    }

    [Fact]
    public void CatalogCoversEverySectionOfTheNewestGuide()
    {
        var newest = Anchors.Value.Keys.Select(version => CargoVersion.Parse(version[1..])).Max()!;
        var sections = Anchors.Value["v" + newest]
            .Where(anchor => !StepHeading().IsMatch(anchor) && anchor != "migrating-from-older-pyo3-versions");

        var covered = BuiltInRules.Rules.Rules.Select(rule => rule.Anchor).ToHashSet();

        var uncovered = sections.Where(section => !covered.Contains(section)).ToList();

        Assert.Empty(uncovered);
    }

    private static IReadOnlyDictionary<string, HashSet<string>> LoadAnchors()
    {
        var path = Path.Combine(RepositoryRoot(), "..", "shared", "pyo3", "anchors.json");
        Assert.True(File.Exists(path), $"{path} is missing: the link checks need shared/pyo3 beside the repository.");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var anchors = new Dictionary<string, HashSet<string>>();
        foreach (var version in document.RootElement.GetProperty("data").EnumerateObject())
        {
            if (version.Value.ValueKind == JsonValueKind.Object)
            {
                anchors[version.Name] = [.. version.Value.GetProperty("heads").EnumerateArray().Select(head => head[1].GetString()!)];
            }
        }

        return anchors;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BuildTasks.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("BuildTasks.sln was not found above the test assembly.");
    }

    [GeneratedRegex(@"^https://pyo3\.rs/v(?<version>[0-9.]+)/migration\.html#(?<anchor>.+)$")]
    private static partial Regex GuideLink();

    [GeneratedRegex(@"^from-\d+-to-\d+$")]
    private static partial Regex StepHeading();
}
