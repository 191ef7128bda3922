using System.Text.RegularExpressions;

namespace CargoBuild.IntegrationTests.Infrastructure;

/// <summary>
/// The files a scenario page of docs/ tells its reader to write: each is a code block under a line that names it in
/// bold code (**`App/Program.cs`**), exactly as the reader copies it.
/// </summary>
public sealed partial class ScenarioPage
{
    private ScenarioPage(string name, IReadOnlyDictionary<string, string> files)
    {
        Name = name;
        Files = files;
    }

    public string Name { get; }

    /// <summary>Relative path → content, in the page's order.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    public static ScenarioPage Read(string pageFileName)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRootAttribute.Value, "docs", pageFileName));
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < lines.Length; index++)
        {
            if (FileHeading().Match(lines[index]) is not { Success: true } heading)
            {
                continue;
            }

            var opening = Array.FindIndex(lines, index + 1, line => line.StartsWith("```", StringComparison.Ordinal));
            var closing = Array.FindIndex(lines, opening + 1, line => line.StartsWith("```", StringComparison.Ordinal));
            files.Add(heading.Groups["path"].Value, string.Join("\n", lines[(opening + 1)..closing]) + "\n");
            index = closing;
        }

        return new ScenarioPage(pageFileName, files);
    }

    /// <summary>
    /// Writes the files into the consumer's folder, with the package version the page gives ("1.0.0") replaced by the
    /// packed one, and the page's local feed holding the packed package.
    /// </summary>
    public void WriteTo(ConsumerWorkspace consumer)
    {
        foreach (var (path, content) in Files)
        {
            consumer.WriteFile(path, content.Replace("Include=\"CargoBuild\" Version=\"1.0.0\"", $"Include=\"CargoBuild\" Version=\"{consumer.Package.Version}\"", StringComparison.Ordinal));
        }

        Directory.CreateDirectory(consumer.PathOf("local-feed"));
        File.Copy(consumer.Package.PackagePath, consumer.PathOf(Path.Combine("local-feed", Path.GetFileName(consumer.Package.PackagePath))), overwrite: true);
    }

    [GeneratedRegex(@"^\*\*`(?<path>[^`]+)`\*\*$")]
    private static partial Regex FileHeading();
}
