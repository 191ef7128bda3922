using CargoBuild.Platforms;

namespace CargoBuild.Tests.Platforms;

public sealed class RuntimeIdentifierMapTests
{
    [Theory]
    [InlineData("win-x64", "x86_64-pc-windows-msvc", "hello.dll")]
    [InlineData("win-arm64", "aarch64-pc-windows-msvc", "hello.dll")]
    [InlineData("linux-x64", "x86_64-unknown-linux-gnu", "libhello.so")]
    [InlineData("linux-arm64", "aarch64-unknown-linux-gnu", "libhello.so")]
    [InlineData("linux-musl-x64", "x86_64-unknown-linux-musl", "libhello.so")]
    [InlineData("osx-x64", "x86_64-apple-darwin", "libhello.dylib")]
    [InlineData("osx-arm64", "aarch64-apple-darwin", "libhello.dylib")]
    [InlineData("LINUX-X64", "x86_64-unknown-linux-gnu", "libhello.so")]
    public void RuntimeIdentifierMapsToTripleAndLibraryName(string rid, string triple, string library)
    {
        Assert.Equal(triple, RuntimeIdentifierMap.TripleFor(rid));
        Assert.Equal(rid.ToLowerInvariant(), RuntimeIdentifierMap.RuntimeIdentifierFor(triple));
        var platform = RustTargetPlatform.FromTriple(triple);
        Assert.Equal(library, platform.SharedLibraryPrefix + "hello" + platform.SharedLibraryExtension);
    }

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
        Assert.Equal(expected, RustTargetPlatform.IsNativeRuntimeFile(path));
}
