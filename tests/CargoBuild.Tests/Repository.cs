namespace CargoBuild.Tests;

/// <summary>The repository's own files (docs, targets) that tests compare with the code.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    // The test assembly may be built outside the repository (dotnet test --artifacts-path): then the folder this
    // source file was compiled from tells.
    private static string Find([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "") =>
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
