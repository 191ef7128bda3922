using System.IO.Compression;

namespace CargoBuild.IntegrationTests.Infrastructure;

public static class NuGetPackage
{
    public static IReadOnlyList<string> Entries(string packagePath)
    {
        using var archive = ZipFile.OpenRead(packagePath);
        return [.. archive.Entries.Select(entry => entry.FullName)];
    }
}
