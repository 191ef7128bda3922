using System.Text.RegularExpressions;

namespace CargoBuild.Tests;

/// <summary>Every relative link of the README and docs/ leads to a file of the repository, and an anchor to a heading of it.</summary>
public sealed partial class DocumentationLinkTests
{
    [Fact]
    public void EveryRelativeLinkResolves()
    {
        var pages = Directory.GetFiles(Path.Combine(Repository.Root, "docs"), "*.md").Select(path => "docs/" + Path.GetFileName(path)).Append("README.md");
        var problems = new List<string>();
        foreach (var page in pages)
        {
            var markdown = new MarkdownFile(page);
            var folder = Path.GetDirectoryName(Path.Combine(Repository.Root, page))!;
            foreach (var (line, index) in markdown.Lines.Select((line, index) => (line, index)))
            {
                foreach (Match link in RelativeLink().Matches(line))
                {
                    var target = link.Groups["path"].Value;
                    var anchor = link.Groups["anchor"].Value;
                    var file = target.Length == 0 ? Path.Combine(Repository.Root, page) : Path.GetFullPath(Path.Combine(folder, target));
                    var where = $"{page}:{index + 1} links to {link.Groups["link"].Value}";
                    if (!File.Exists(file) && !Directory.Exists(file))
                    {
                        problems.Add($"{where}, which does not exist");
                    }
                    else if (anchor.Length > 0 && file.EndsWith(".md", StringComparison.Ordinal)
                        && new MarkdownFile(Path.GetRelativePath(Repository.Root, file)).Headings.All(heading => heading.Anchor != anchor))
                    {
                        problems.Add($"{where}, but it has no heading with that anchor");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    // [text](path#anchor) where path is not a URL; the anchor is optional, and so is the path ([text](#anchor)).
    [GeneratedRegex(@"\]\((?<link>(?!https?:|mailto:)(?<path>[^)#\s]*)(?:#(?<anchor>[^)\s]+))?)\)")]
    private static partial Regex RelativeLink();
}
