using CargoBuild.Platforms;

namespace CargoBuild.Tests.Platforms;

public sealed class NativeLibraryFileTests
{
    [Theory]
    [InlineData("/t/debug/libmy_crate.a", true)]
    [InlineData(@"C:\t\debug\my_crate.lib", true)]
    [InlineData(@"C:\t\debug\my_crate.dll.lib", false)]
    [InlineData("/t/x86_64-pc-windows-gnu/debug/libmy_crate.dll.a", false)]
    [InlineData("/t/debug/libmy_crate.so", false)]
    [InlineData("/t/debug/libmy_crate.rlib", false)]
    public void StaticLibraryIsTheArchiveNotAnImportLibrary(string path, bool isStatic) =>
        Assert.Equal(isStatic, NativeLibraryFile.IsStaticLibrary(path));
}
