namespace CargoBuild.Tests.Manifests;

/// <summary>A temporary folder of manifests for tests that read crates from disk.</summary>
internal sealed class TemporaryCrates : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("cargobuild-crates-").FullName;

    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
