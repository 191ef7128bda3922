using CargoBuild.Building;
using CargoBuild.Tasks;
using CargoBuild.Toolchain;
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
        var wrapper = RustcWrapperSetting.InProject("sccache", "CargoRustcWrapper", Path.Combine(root, "app", "App.csproj"));

        Assert.Equal(onPath, wrapper.Resolve(Path.Combine(root, "empty") + Path.PathSeparator + Path.Combine(root, "path-bin")));
        Assert.Null(wrapper.Resolve(Path.Combine(root, "empty")));
        Assert.Equal("'sccache' on PATH", wrapper.DescribeSearch());
    }

    [Fact]
    public void PathIsRelativeToTheProjectThatSetsIt()
    {
        var tool = Tool("app/tools", "wrap");
        var wrapper = RustcWrapperSetting.InProject(Path.Combine("tools", Path.GetFileName(tool)), "CargoRustcWrapper", Path.Combine(root, "app", "App.csproj"));
        var missing = RustcWrapperSetting.InProject(Path.Combine("tools", "missing"), "CargoRustcWrapper", Path.Combine(root, "app", "App.csproj"));

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

        Assert.Null(CrateItem.Read(plain).RustcWrapper(" ", project));
        Assert.Equal(RustcWrapperSetting.InProject("sccache", "CargoRustcWrapper", project), CrateItem.Read(plain).RustcWrapper(" sccache ", project));
        Assert.Equal(RustcWrapperSetting.InProject("tools/wrap", "the RustcWrapper metadata of CargoCrate 'native/Cargo.toml'", project),
            CrateItem.Read(withMetadata).RustcWrapper("sccache", project));
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

    [Fact]
    public void CargosOwnSettingsAreReadInCargosOrder()
    {
        var crate = Path.Combine(root, "app", "native");
        var project = Path.Combine(root, "app", "App.csproj");
        WriteConfig("app", "[build]\nrustc-wrapper = \"tools/from-config\"\n");
        var none = new Dictionary<string, string>();
        RustcWrapperSetting? From(IReadOnlyDictionary<string, string> cargoVariables, Dictionary<string, string> environment) =>
            RustcWrapperSetting.FromCargoSettings(cargoVariables, name => environment.GetValueOrDefault(name), () => CargoConfigFiles.For(crate, null), crate, project);

        var config = From(none, []);
        Assert.Equal(("tools/from-config", Path.Combine(root, "app", ".cargo", "config.toml"), 2, 1),
            (config!.Value, config.ReportedFile, config.Line, config.Column));
        Assert.Equal($"'{Path.Combine(root, "app", "tools", "from-config")}'", config.DescribeSearch());
        Assert.Equal($"build.rustc-wrapper in {Path.Combine(root, "app", ".cargo", "config.toml")}", config.Origin);

        Assert.Equal(("from-config-variable", "CARGO_BUILD_RUSTC_WRAPPER in the build's environment", project),
            Described(From(none, new() { ["CARGO_BUILD_RUSTC_WRAPPER"] = "from-config-variable" })));
        Assert.Equal(("from-environment", "RUSTC_WRAPPER in the build's environment", project),
            Described(From(none, new() { ["RUSTC_WRAPPER"] = "from-environment", ["CARGO_BUILD_RUSTC_WRAPPER"] = "from-config-variable" })));
        Assert.Equal(("set-for-cargo", "RUSTC_WRAPPER, set for cargo by CargoEnvironmentVariables or Environment metadata", project),
            Described(From(new Dictionary<string, string> { ["RUSTC_WRAPPER"] = "set-for-cargo" }, new() { ["RUSTC_WRAPPER"] = "from-environment" })));
    }

    [Fact]
    public void NoWrapperAndWrappersCargoResolvesItselfAreNotChecked()
    {
        var crate = Path.Combine(root, "native");
        RustcWrapperSetting? From(Dictionary<string, string> environment) =>
            RustcWrapperSetting.FromCargoSettings(new Dictionary<string, string>(), name => environment.GetValueOrDefault(name), () => CargoConfigFiles.For(crate, null), crate, "App.csproj");
        WriteConfig("native", "[build]\nrustc-wrapper = \"from-config\"\n");

        // An empty RUSTC_WRAPPER is cargo's "no wrapper", also over the config file's.
        Assert.Null(From(new() { ["RUSTC_WRAPPER"] = " " }));
        Assert.Null(From(new() { ["RUSTC_WRAPPER"] = Path.Combine("tools", "wrap") }));
        Assert.NotNull(From(new() { ["RUSTC_WRAPPER"] = Path.Combine(root, "tools", "wrap") }));

        Directory.Delete(Path.Combine(root, "native", ".cargo"), recursive: true);
        Assert.Null(From([]));
    }

    private static (string, string, string)? Described(RustcWrapperSetting? wrapper) =>
        wrapper is null ? null : (wrapper.Value, wrapper.Origin, wrapper.ReportedFile);

    private void WriteConfig(string folder, string text)
    {
        var directory = Path.Combine(root, folder, ".cargo");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "config.toml"), text);
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
