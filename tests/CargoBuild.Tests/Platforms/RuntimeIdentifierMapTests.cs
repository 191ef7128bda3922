using CargoBuild.Platforms;

namespace CargoBuild.Tests.Platforms;

public sealed class RuntimeIdentifierMapTests
{
    [Theory]
    [InlineData("win-x64", "x86_64-pc-windows-msvc")]
    [InlineData("win-arm64", "aarch64-pc-windows-msvc")]
    [InlineData("linux-x64", "x86_64-unknown-linux-gnu")]
    [InlineData("linux-arm64", "aarch64-unknown-linux-gnu")]
    [InlineData("linux-musl-x64", "x86_64-unknown-linux-musl")]
    [InlineData("osx-x64", "x86_64-apple-darwin")]
    [InlineData("osx-arm64", "aarch64-apple-darwin")]
    [InlineData("LINUX-X64", "x86_64-unknown-linux-gnu")]
    public void RuntimeIdentifierMapsToTripleAndBack(string rid, string triple)
    {
        Assert.Equal(triple, RuntimeIdentifierMap.TripleFor(rid));
        Assert.Equal(rid.ToLowerInvariant(), RuntimeIdentifierMap.RuntimeIdentifierFor(triple));
    }

    [Theory]
    [InlineData("win-x64", "gnu", "x86_64-pc-windows-gnu")]
    [InlineData("win-x86", "gnu", "i686-pc-windows-gnu")]
    [InlineData("win-arm64", "gnullvm", "aarch64-pc-windows-gnullvm")]
    [InlineData("win-x64", "GNU", "x86_64-pc-windows-gnu")]
    [InlineData("win-x64", "msvc", "x86_64-pc-windows-msvc")]
    [InlineData("win-x64", "", "x86_64-pc-windows-msvc")]
    [InlineData("linux-x64", "gnu", "x86_64-unknown-linux-gnu")]
    public void WindowsAbiPicksTheTripleOfWindowsRuntimeIdentifiersOnly(string rid, string abi, string triple) =>
        Assert.Equal(triple, RuntimeIdentifierMap.TripleFor(rid, abi));

    [Theory]
    [InlineData("x86_64-pc-windows-gnu", "win-x64")]
    [InlineData("x86_64-pc-windows-gnullvm", "win-x64")]
    [InlineData("i686-pc-windows-gnu", "win-x86")]
    [InlineData("aarch64-pc-windows-gnullvm", "win-arm64")]
    public void AWindowsLibraryOfAnyAbiShipsUnderTheWindowsRuntimeIdentifier(string triple, string rid) =>
        Assert.Equal(rid, RuntimeIdentifierMap.RuntimeIdentifierFor(triple));

    [Theory]
    [InlineData("x86_64-pc-windows-cygwin")]
    [InlineData("wasm32-unknown-unknown")]
    [InlineData("thumbv7em-none-eabihf")]
    public void TripleNoRuntimeIdentifierStandsForHasNone(string triple) =>
        Assert.Null(RuntimeIdentifierMap.RuntimeIdentifierFor(triple));

    [Theory]
    [InlineData("gnu", true)]
    [InlineData(" MSVC ", true)]
    [InlineData("gnullvm", true)]
    [InlineData("mingw", false)]
    public void WindowsAbisAreRustsOwn(string abi, bool expected) =>
        Assert.Equal(expected, RuntimeIdentifierMap.IsWindowsAbi(abi));

    [Fact]
    public void UnknownRuntimeIdentifierHasNoTriple() => Assert.Null(RuntimeIdentifierMap.TripleFor("plan9-x64"));

    [Theory]
    [InlineData("/t/debug/libhello.so", true)]
    [InlineData("/t/debug/libhello.dylib", true)]
    [InlineData("C:/t/debug/hello.dll", true)]
    [InlineData("C:/t/debug/hello.pdb", true)]
    [InlineData("C:/t/debug/hello.dll.lib", false)]
    [InlineData("/t/debug/libhello.rlib", false)]
    [InlineData("/t/debug/libhello.a", false)]
    [InlineData("/t/debug/libhello.d", false)]
    public void OnlyFilesDotNetLoadsAreNativeRuntimeFiles(string path, bool expected) =>
        Assert.Equal(expected, NativeLibraryFile.IsRuntimeFile(path));
}
