using CargoBuild.Tests.Manifests;
using CargoBuild.Toolchain;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Toolchain;

public sealed class ToolchainCheckRecordTests : IDisposable
{
    private static readonly ToolchainSettings Settings = new(new VersionRequirementSource(CargoVersion.Parse("1.70"), "1.70", "the RustMinimumVersion property"), false, null);

    private readonly TemporaryCrates files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void PassedCheckIsReusedWithItsMetadataAndSummary()
    {
        var (path, key, _, _) = Recorded();

        var reused = ToolchainCheckRecord.ReadCurrent(path, key);

        Assert.NotNull(reused);
        Assert.Equal("rustc 1.95.0 (stable) meets rust-version 1.70", reused.Summary);
        Assert.Equal([new("RustVersion", "1.95.0"), new("WorkspaceFiles", "/w/Cargo.toml;/w/Cargo.lock")], reused.Metadata);
    }

    [Fact]
    public void EditedManifestVoidsTheRecord()
    {
        var (path, key, manifest, _) = Recorded();

        File.SetLastWriteTimeUtc(manifest, DateTime.UtcNow);

        Assert.Null(ToolchainCheckRecord.ReadCurrent(path, key));
    }

    [Fact]
    public void LockFileThatAppearsVoidsTheRecord()
    {
        var (path, key, _, _) = Recorded();

        files.Write("c/Cargo.lock", "version = 3\n");

        Assert.Null(ToolchainCheckRecord.ReadCurrent(path, key));
    }

    [Fact]
    public void OtherSettingsOrToolchainMakeAnotherKey()
    {
        var (path, _, manifest, _) = Recorded();

        Assert.Null(ToolchainCheckRecord.ReadCurrent(path, ToolchainCheckRecord.KeyOf(Settings with { RequireStable = true }, manifest, "rustc@1")));
        Assert.Null(ToolchainCheckRecord.ReadCurrent(path, ToolchainCheckRecord.KeyOf(Settings, manifest, "rustc@2")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("cargobuild toolchain-check 1\nkey\tK\nfile\t12\n")]
    [InlineData("cargobuild toolchain-check 1\nkey\tK\nmetadata\tRustVersion\t1.95.0\n")]
    [InlineData("cargobuild toolchain-check 0\nkey\tK\nsummary\tok\n")]
    public void DamagedOrIncompleteRecordIsNotReused(string text) =>
        Assert.Null(ToolchainCheckRecord.ReadCurrent(files.Write("obj/c.toolchain", text), "K"));

    private (string Path, string Key, string Manifest, string LockFile) Recorded()
    {
        var manifest = files.Write("c/Cargo.toml", "[package]\nname = \"c\"\nversion = \"0.1.0\"\n");
        File.SetLastWriteTimeUtc(manifest, DateTime.UtcNow.AddMinutes(-10));
        var lockFile = Path.Combine(files.Root, "c", "Cargo.lock");
        var path = Path.Combine(files.Root, "obj", "c.toolchain");
        var key = ToolchainCheckRecord.KeyOf(Settings, manifest, "rustc@1");
        new ToolchainCheckRecord([new("RustVersion", "1.95.0"), new("WorkspaceFiles", "/w/Cargo.toml;/w/Cargo.lock")], "rustc 1.95.0 (stable) meets rust-version 1.70")
            .Write(path, key, [manifest, lockFile]);
        return (path, key, manifest, lockFile);
    }
}
