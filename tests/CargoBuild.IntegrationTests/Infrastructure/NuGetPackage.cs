using System.IO.Compression;

namespace CargoBuild.IntegrationTests.Infrastructure;

public static class NuGetPackage
{
    public static IReadOnlyList<string> Entries(string packagePath)
    {
        using var archive = ZipFile.OpenRead(packagePath);
        return [.. archive.Entries.Select(entry => entry.FullName)];
    }

    public static byte[] Read(string packagePath, string entryName)
    {
        using var archive = ZipFile.OpenRead(packagePath);
        using var entry = archive.GetEntry(entryName)?.Open() ?? throw new FileNotFoundException($"{packagePath} has no {entryName}");
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        return copy.ToArray();
    }
}
