namespace CargoBuild.Toolchain;

public enum RustChannel
{
    Stable,
    Beta,
    Nightly,
    Dev,
}
