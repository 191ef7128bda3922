namespace CargoBuild.Toolchain;

internal enum RustChannel
{
    Stable,
    Beta,
    Nightly,
    Dev,
}
