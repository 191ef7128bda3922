using CargoBuild.Processes;

namespace CargoBuild.Tests.Processes;

public sealed class ExecutableLocatorTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("cargobuild-locator-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void PathWinsOverRustupsFolder()
    {
        var onPath = Tool("path-bin", "cargo");
        Tool("home/.cargo/bin", "cargo");

        Assert.Equal(onPath, ExecutableLocator.Find("cargo", null, Path.Combine(root, "path-bin"), Path.Combine(root, "home")));
    }

    [Fact]
    public void RustupsFolderIsTheFallback()
    {
        var inHome = Tool("home/.cargo/bin", "cargo");

        Assert.Equal(inHome, ExecutableLocator.Find("cargo", null, Path.Combine(root, "empty"), Path.Combine(root, "home")));
    }

    [Fact]
    public void ConfiguredPathIsUsedAsGivenAndNothingElse()
    {
        Tool("home/.cargo/bin", "cargo");
        var custom = Tool("custom", "my-cargo");

        Assert.Equal(custom, ExecutableLocator.Find("cargo", custom, null, Path.Combine(root, "home")));
        Assert.Null(ExecutableLocator.Find("cargo", Path.Combine(root, "missing", "cargo"), null, Path.Combine(root, "home")));
    }

    [Fact]
    public void ConfiguredNameIsLookedUpOnPath()
    {
        var named = Tool("path-bin", "cargo-wrapper");

        Assert.Equal(named, ExecutableLocator.Find("cargo", "cargo-wrapper", Path.Combine(root, "path-bin"), null));
    }

    private string Tool(string folder, string name)
    {
        var directory = Path.Combine(root, folder);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + (OperatingSystem.IsWindows() ? ".exe" : ""));
        File.WriteAllText(path, "");
        return path;
    }
}
