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

    [Theory]
    [InlineData("/t/debug/libmy_module.so", "my_module.so")]
    [InlineData("/t/aarch64-apple-darwin/debug/libmy_module.dylib", "my_module.so")]
    [InlineData(@"C:\t\x86_64-pc-windows-msvc\debug\my_module.dll", "my_module.pyd")]
    [InlineData("/t/x86_64-pc-windows-gnu/debug/my_module.DLL", "my_module.pyd")]
    [InlineData(@"C:\t\debug\my_module.pdb", "my_module.pdb")]
    public void PythonModuleIsNamedAsPythonImportsIt(string path, string expected)
    {
        Assert.Equal(expected, Path.GetFileName(NativeLibraryFile.OutputName(path.Replace('\\', Path.DirectorySeparatorChar), "my_module", isPythonModule: true)));
    }

    [Theory]
    [InlineData("/t/debug/libmy_crate.so", "libmy_crate.so")]
    [InlineData("/t/debug/libmy_crate.dylib", "libmy_crate.dylib")]
    [InlineData("/t/debug/my_crate.dll", "my_crate.dll")]
    public void OtherLibrariesKeepCargosName(string path, string expected)
    {
        Assert.Equal(expected, NativeLibraryFile.OutputName(path, "my_crate", isPythonModule: false));
    }
}
