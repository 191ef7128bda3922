using System.Runtime.InteropServices;

namespace Company.CargoLib_1;

internal static partial class NativeMethods
{
    // The crate's name (native/Cargo.toml): .NET loads libcargolib_crate.so, libcargolib_crate.dylib or
    // cargolib_crate.dll from the app's folder, where CargoBuild puts it.
    private const string RustLibrary = "cargolib_crate";

    [LibraryImport(RustLibrary, EntryPoint = "cargolib_crate_add")]
    internal static partial int Add(int left, int right);
}
