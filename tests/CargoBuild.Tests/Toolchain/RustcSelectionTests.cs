using CargoBuild.Tests.Manifests;
using CargoBuild.Toolchain;

namespace CargoBuild.Tests.Toolchain;

/// <summary>Which rustc the gate checks and cargo runs, over fake toolchain folders (files named like the real ones).</summary>
public sealed class RustcSelectionTests : IDisposable
{
    private static readonly string Suffix = OperatingSystem.IsWindows() ? ".exe" : "";

    private readonly TemporaryCrates files = new();

    public void Dispose() => files.Dispose();

    private string Crate => Path.GetDirectoryName(files.Write("ws/crate/Cargo.toml", ""))!;

    [Fact]
    public void ToolchainsOwnCargoGetsTheRustcBesideIt()
    {
        var cargo = Tool("toolchains/nightly/bin/cargo", "cargo");
        var rustc = Tool("toolchains/nightly/bin/rustc", "rustc");
        Tool("path-bin/rustc", "rustc on PATH");

        var selected = Select(cargo, new Dictionary<string, string>());

        Assert.Equal((rustc, rustc), (selected.Path, selected.RustcForCargo));
        Assert.Contains("beside", selected.Origin);
    }

    [Fact]
    public void RustcSetForCargoWinsAndCargoKeepsIt()
    {
        var cargo = Tool("toolchains/nightly/bin/cargo", "cargo");
        Tool("toolchains/nightly/bin/rustc", "rustc");
        var chosen = Tool("other/rustc", "rustc");

        var selected = Select(cargo, new Dictionary<string, string> { ["RUSTC"] = chosen }, environment: name => name == "RUSTC" ? "/elsewhere/rustc" : null);

        Assert.Equal((chosen, null), (selected.Path, selected.RustcForCargo));
        Assert.Contains("CargoEnvironmentVariables or Environment metadata", selected.Origin);
    }

    [Fact]
    public void RustcInTheEnvironmentWinsOverTheOneBesideCargo()
    {
        var cargo = Tool("toolchains/nightly/bin/cargo", "cargo");
        Tool("toolchains/nightly/bin/rustc", "rustc");
        var chosen = Tool("other/rustc", "rustc");

        var selected = Select(cargo, new Dictionary<string, string>(), environment: name => name == "RUSTC" ? chosen : null);

        Assert.Equal((chosen, null), (selected.Path, selected.RustcForCargo));
    }

    [Fact]
    public void BuildRustcInConfigIsRelativeToTheFolderAboveDotCargo()
    {
        var cargo = Tool("toolchains/nightly/bin/cargo", "cargo");
        Tool("toolchains/nightly/bin/rustc", "rustc");
        var chosen = Tool("ws/tools/rustc", "rustc");
        files.Write("ws/.cargo/config.toml", "[build]\nrustc = \"tools/rustc\"\n");

        var selected = Select(cargo, new Dictionary<string, string>());

        Assert.Equal((chosen, null), (selected.Path, selected.RustcForCargo));
        Assert.Contains("build.rustc", selected.Origin);
    }

    [Fact]
    public void RustupProxyOnPathRunsTheFirstRustcOnPath()
    {
        var bin = Path.Combine(files.Root, "home", ".cargo", "bin");
        var cargo = RustupProxy(bin, "cargo");
        RustupProxy(bin, "rustc");
        var distribution = Tool("usr/bin/rustc", "distribution rustc");

        var selected = Select(cargo, new Dictionary<string, string>(), path: $"{Path.GetDirectoryName(distribution)}{Path.PathSeparator}{bin}");

        Assert.Equal((distribution, null), (selected.Path, selected.RustcForCargo));
    }

    [Fact]
    public void RustupProxyMissingFromPathRunsItsOwnRustc()
    {
        var bin = Path.Combine(files.Root, "home", ".cargo", "bin");
        var cargo = RustupProxy(bin, "cargo");
        var proxy = RustupProxy(bin, "rustc");
        var distribution = Tool("usr/bin/rustc", "distribution rustc");

        var selected = Select(cargo, new Dictionary<string, string>(), path: Path.GetDirectoryName(distribution));

        Assert.Equal((proxy, null), (selected.Path, selected.RustcForCargo));
    }

    [Fact]
    public void CargoWithoutRustcBesideItRunsTheOneOnPath()
    {
        var wrapper = Tool("tools/cargo", "#!/bin/sh");
        var onPath = Tool("path-bin/rustc", "rustc");

        var selected = Select(wrapper, new Dictionary<string, string>());

        Assert.Equal((onPath, null), (selected.Path, selected.RustcForCargo));
        Assert.Contains("on PATH", selected.Origin);
    }

    private SelectedRustc Select(string cargo, IReadOnlyDictionary<string, string> variables, Func<string, string?>? environment = null, string? path = null)
    {
        var pathValue = path ?? Path.Combine(files.Root, "path-bin");
        return RustcSelection.Select(cargo, variables, Crate, name => name == "PATH" ? pathValue : environment?.Invoke(name), Path.Combine(files.Root, "home"));
    }

    private string Tool(string relativePath, string content)
    {
        var path = files.Write(relativePath + Suffix, content);
        return Path.GetFullPath(path);
    }

    private string RustupProxy(string bin, string name)
    {
        var rustup = Path.Combine(bin, "rustup" + Suffix);
        if (!File.Exists(rustup))
        {
            Directory.CreateDirectory(bin);
            File.WriteAllText(rustup, "rustup's executable");
        }

        var proxy = Path.Combine(bin, name + Suffix);
        if (OperatingSystem.IsWindows())
        {
            File.Copy(rustup, proxy);
        }
        else
        {
            File.CreateSymbolicLink(proxy, rustup);
        }

        return proxy;
    }
}
