using CargoBuild.Building;
using CargoBuild.Tasks;
using Microsoft.Build.Utilities;

namespace CargoBuild.Tests.Building;

public sealed class RustcWrapperSettingTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("cargobuild-wrapper-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void NameIsLookedUpOnThePathCargoGets()
    {
        var onPath = Tool("path-bin", "sccache");
        var wrapper = new RustcWrapperSetting("sccache", "CargoRustcWrapper", Path.Combine(root, "app", "App.csproj"));

        Assert.Equal(onPath, wrapper.Resolve(Path.Combine(root, "empty") + Path.PathSeparator + Path.Combine(root, "path-bin")));
        Assert.Null(wrapper.Resolve(Path.Combine(root, "empty")));
        Assert.Equal("'sccache' on PATH", wrapper.DescribeSearch());
    }

    [Fact]
    public void PathIsRelativeToTheProjectThatSetsIt()
    {
        var tool = Tool("app/tools", "wrap");
        var wrapper = new RustcWrapperSetting(Path.Combine("tools", Path.GetFileName(tool)), "CargoRustcWrapper", Path.Combine(root, "app", "App.csproj"));
        var missing = new RustcWrapperSetting(Path.Combine("tools", "missing"), "CargoRustcWrapper", Path.Combine(root, "app", "App.csproj"));

        Assert.Equal(tool, wrapper.Resolve(null));
        Assert.Null(missing.Resolve(Path.Combine(root, "app", "tools")));
        Assert.Equal($"'{Path.Combine(root, "app", "tools", "missing")}'", missing.DescribeSearch());
    }

    [Fact]
    public void MetadataOverridesThePropertyAndIsRelativeToTheProjectThatDefinesTheItem()
    {
        var project = Path.Combine(root, "app", "App.csproj");
        var plain = new TaskItem("native/Cargo.toml");
        var withMetadata = new TaskItem("native/Cargo.toml", new Dictionary<string, string> { ["RustcWrapper"] = " tools/wrap " });

        Assert.Null(CrateItem.RustcWrapper(plain, " ", project));
        Assert.Equal(new RustcWrapperSetting("sccache", "CargoRustcWrapper", project), CrateItem.RustcWrapper(plain, " sccache ", project));
        Assert.Equal(new RustcWrapperSetting("tools/wrap", "the RustcWrapper metadata of CargoCrate 'native/Cargo.toml'", project),
            CrateItem.RustcWrapper(withMetadata, "sccache", project));
    }

    [Fact]
    public void CargoGetsTheFullPathOverAVariableOfItsOwn()
    {
        var environment = new Dictionary<string, string> { ["RUSTC_WRAPPER"] = "other", ["IT_KEEP"] = "1" };

        var forCargo = RustcWrapperSetting.ForCargo(environment, "/usr/bin/sccache");

        Assert.Equal("/usr/bin/sccache", forCargo["RUSTC_WRAPPER"]);
        Assert.Equal("1", forCargo["IT_KEEP"]);
        Assert.Equal("other", environment["RUSTC_WRAPPER"]);
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
