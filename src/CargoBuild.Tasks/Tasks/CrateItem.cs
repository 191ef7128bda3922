using CargoBuild.Building;
using Microsoft.Build.Framework;

namespace CargoBuild.Tasks;

/// <summary>
/// A CargoCrate item as the core reads it: its spec, full path and the metadata CargoBuild uses. Loops, not LINQ:
/// every no-op build runs this, and each LINQ operator over CargoBuild's types is a generic type the runtime loads.
/// </summary>
internal static class CrateItem
{
    public static CrateDeclaration Read(ITaskItem crate) =>
        new(crate.ItemSpec, crate.GetMetadata("FullPath"), MetadataOf(crate, CrateDeclaration.MetadataNames));

    public static CrateDeclaration[] ReadAll(ITaskItem[] crates)
    {
        var declarations = new CrateDeclaration[crates.Length];
        for (var index = 0; index < crates.Length; index++)
        {
            declarations[index] = Read(crates[index]);
        }

        return declarations;
    }

    /// <summary>The item's values of <paramref name="names"/> (empty for those it lacks, as MSBuild reads them).</summary>
    public static Dictionary<string, string> MetadataOf(ITaskItem item, IReadOnlyList<string> names)
    {
        var metadata = new Dictionary<string, string>(names.Count, StringComparer.Ordinal);
        foreach (var name in names)
        {
            metadata[name] = item.GetMetadata(name);
        }

        return metadata;
    }
}
