using CargoBuild.Building;
using Microsoft.Build.Framework;

namespace CargoBuild.Tasks;

/// <summary>A CargoCrate item as the core reads it: its spec, full path and the metadata CargoBuild uses.</summary>
internal static class CrateItem
{
    public static CrateDeclaration Read(ITaskItem crate) =>
        new(crate.ItemSpec, crate.GetMetadata("FullPath"),
            CrateDeclaration.MetadataNames.ToDictionary(name => name, crate.GetMetadata, StringComparer.Ordinal));

    public static IReadOnlyList<CrateDeclaration> ReadAll(IEnumerable<ITaskItem> crates) => [.. crates.Select(Read)];
}
