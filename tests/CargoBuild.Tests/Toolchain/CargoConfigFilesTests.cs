using CargoBuild.Tests.Manifests;
using CargoBuild.Toolchain;

namespace CargoBuild.Tests.Toolchain;

public sealed class CargoConfigFilesTests : IDisposable
{
    private readonly TemporaryCrates files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void FilesComeMostSpecificFirstThenCargoHomeAndTheFileWithoutExtensionWins()
    {
        var home = files.Write("cargo-home/config.toml", "[build]\nrustc = \"home-rustc\"\n");
        var workspace = files.Write("ws/.cargo/config.toml", "[build]\nrustc = \"workspace-rustc\"\n");
        files.Write("ws/crate/.cargo/config.toml", "[build]\nrustc = \"ignored\"\n");
        var legacy = files.Write("ws/crate/.cargo/config", "[build]\nrustc = \"crate-rustc\"\n");

        var config = CargoConfigFiles.For(Path.Combine(files.Root, "ws", "crate"), Path.Combine(files.Root, "cargo-home"));

        Assert.Equal([legacy, workspace, home], config.Paths.Where(path => path.StartsWith(files.Root, StringComparison.Ordinal)));
        Assert.Equal("crate-rustc", config.Find("rustc", ["build", "rustc"], out var file)?.AsString);
        Assert.Equal(legacy, file);
        Assert.Equal("workspace-rustc", CargoConfigFiles.For(Path.Combine(files.Root, "ws"), Path.Combine(files.Root, "cargo-home")).Find("rustc", ["build", "rustc"], out _)?.AsString);
    }

    [Fact]
    public void ARelativeConfigPathIsRelativeToTheFolderAboveDotCargo()
    {
        var config = Path.Combine(files.Root, "ws", ".cargo", "config.toml");

        Assert.Equal(Path.Combine(files.Root, "ws", "tools", "rustc"), CargoConfigFiles.ResolveConfigPath(config, "tools/rustc"));
        Assert.Equal("rustc-1.80", CargoConfigFiles.ResolveConfigPath(config, "rustc-1.80"));
    }
}
