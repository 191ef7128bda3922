using System.Runtime.CompilerServices;
using System.Text.Json;

namespace CargoBuild.Tests.Migrations;

/// <summary>
/// The research beside the repository (../shared/pyo3 from the repository root, on developer machines and CI):
/// anchors.json lists the anchors of every hosted version of PyO3's migration guide.
/// </summary>
internal static class SharedResearch
{
    private static readonly Lazy<IReadOnlyDictionary<string, HashSet<string>>> Anchors = new(LoadAnchors);

    /// <summary>The anchors of each hosted guide version, keyed by version without its "v" ("0.17.3").</summary>
    public static IReadOnlyDictionary<string, HashSet<string>> GuideAnchors => Anchors.Value;

    private static IReadOnlyDictionary<string, HashSet<string>> LoadAnchors()
    {
        var path = Path.Combine(RepositoryRoot(), "..", "shared", "pyo3", "anchors.json");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{Path.GetFullPath(path)} is missing: the guide link checks need shared/pyo3 beside the repository.", path);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var anchors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);

        // {"order": [...], "data": {"v0.17.3": {"title": ..., "heads": [[level, anchor, text], ...]} or null}}
        foreach (var version in document.RootElement.GetProperty("data").EnumerateObject())
        {
            if (version.Value.ValueKind == JsonValueKind.Object)
            {
                anchors[version.Name.TrimStart('v')] = [.. version.Value.GetProperty("heads").EnumerateArray().Select(head => head[1].GetString()!)];
            }
        }

        return anchors;
    }

    // The test assembly may be built outside the repository (dotnet test --artifacts-path), so the search falls back
    // to the folder this source file was compiled from.
    private static string RepositoryRoot([CallerFilePath] string sourceFile = "") =>
        FindAbove(AppContext.BaseDirectory) ?? FindAbove(Path.GetDirectoryName(sourceFile)!)
        ?? throw new DirectoryNotFoundException("BuildTasks.sln was found neither above the test assembly nor above its sources.");

    private static string? FindAbove(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BuildTasks.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
