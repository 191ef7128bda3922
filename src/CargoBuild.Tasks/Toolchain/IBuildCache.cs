namespace CargoBuild.Toolchain;

/// <summary>
/// Answers kept for the rest of the build (MSBuild's registered task objects) and shared by every project that asks,
/// so that one toolchain is probed once however many projects build its crates.
/// </summary>
internal interface IBuildCache
{
    object? Find(string key);

    void Keep(string key, object value);
}
