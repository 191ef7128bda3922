using System.Text.Json;
using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Ide;

/// <summary>
/// A crate's target folder inside the project (cargo's default without CARGO_TARGET_DIR, or a CargoTargetDir there)
/// adds no None, Content, Compile or EmbeddedResource items, as the IDE would list them; the project's own files stay.
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class TargetFolderItemTests(PackagedCargoBuild package)
{
    // cargo's default target folder: the tests otherwise share one through CARGO_TARGET_DIR.
    private static readonly Dictionary<string, string> NoCargoTargetDir = new() { ["CARGO_TARGET_DIR"] = "" };

    private static readonly string[] ItemTypes = ["None", "Content", "Compile", "EmbeddedResource"];

    [Fact]
    public void FilesInTheCratesDefaultTargetFoldersAreNoItemsOfTheProject()
    {
        var consumer = package.CreateConsumer("target-folder-items")
            .WriteCAbiCrate("native", "it_target_items")
            // A build script that writes C# into its OUT_DIR, inside the target folder: it must not compile twice.
            .WriteFile("native/build.rs", """
                fn main() {
                    let out = std::env::var("OUT_DIR").unwrap();
                    std::fs::write(format!("{out}/NativeMethods.g.cs"), "namespace ItTargetItems { static class FromBuildScript { } }\n").unwrap();
                }
                """)
            .WriteCAbiCrate("helper", "it_target_items_helper")
            .WriteFile("notes.txt", "an ordinary file of the project\n")
            .WriteFile("Library.cs", "namespace ItTargetItems { public static class Library { } }\n")
            .WriteProject("Consumer.csproj", """
                <CargoCrate Include="native/Cargo.toml" />
                <CargoCrate Include="helper" />
                """);

        var build = consumer.Run("build", NoCargoTargetDir);
        Assert.True(build.ExitCode == 0, build.ToString());
        AssertCargoBuiltInto(consumer.PathOf("native/target"), "it_target_items");
        AssertCargoBuiltInto(consumer.PathOf("helper/target"), "it_target_items_helper");
        Assert.NotEmpty(Directory.GetFiles(consumer.PathOf("native/target"), "NativeMethods.g.cs", SearchOption.AllDirectories));

        var items = ProjectItems(consumer);
        AssertNoItemUnder(items, consumer.PathOf("native/target"));
        AssertNoItemUnder(items, consumer.PathOf("helper/target"));
        Assert.Contains(consumer.PathOf("Library.cs"), items["Compile"]);
        Assert.Contains(consumer.PathOf("notes.txt"), items["None"]);
        Assert.Contains(consumer.PathOf("native/src/lib.rs"), items["None"]);
        Assert.Contains(consumer.PathOf("native/build.rs"), items["None"]);
        Assert.Contains(consumer.PathOf("helper/Cargo.toml"), items["None"]);
    }

    [Fact]
    public void FilesInACargoTargetDirInsideTheProjectAreNoItemsOfTheProject()
    {
        var consumer = package.CreateConsumer("target-dir-items")
            .WriteCAbiCrate("native", "it_target_dir_items")
            .WriteFile("notes.txt", "an ordinary file of the project\n")
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""",
                properties: "<CargoTargetDir>$(MSBuildProjectDirectory)/cargo-out</CargoTargetDir>");

        var build = consumer.Run("build", NoCargoTargetDir);
        Assert.True(build.ExitCode == 0, build.ToString());
        AssertCargoBuiltInto(consumer.PathOf("cargo-out"), "it_target_dir_items");

        var items = ProjectItems(consumer);
        AssertNoItemUnder(items, consumer.PathOf("cargo-out"));
        Assert.Contains(consumer.PathOf("notes.txt"), items["None"]);
        Assert.Contains(consumer.PathOf("native/src/lib.rs"), items["None"]);
    }

    private static void AssertCargoBuiltInto(string targetFolder, string crateName) =>
        Assert.True(File.Exists(Path.Combine(targetFolder, "debug", TestEnvironment.NativeLibraryName(crateName))),
            $"cargo did not build {crateName} into {targetFolder}");

    private static void AssertNoItemUnder(IReadOnlyDictionary<string, IReadOnlyList<string>> items, string folder)
    {
        var inside = folder + Path.DirectorySeparatorChar;
        var listed = items.SelectMany(type => type.Value.Where(path => path.StartsWith(inside, StringComparison.Ordinal)).Select(path => $"{type.Key} {path}")).ToList();
        Assert.True(listed.Count == 0, $"items in {folder}:{Environment.NewLine}{string.Join(Environment.NewLine, listed)}");
    }

    /// <summary>The full paths of the project's items of each type, as the evaluation gives them to an IDE.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<string>> ProjectItems(ConsumerWorkspace consumer)
    {
        var query = consumer.Run("msbuild", NoCargoTargetDir, [.. ItemTypes.Select(type => $"-getItem:{type}")]);
        Assert.True(query.ExitCode == 0, query.ToString());
        using var json = JsonDocument.Parse(query.Output);
        var items = json.RootElement.GetProperty("Items");
        return ItemTypes.ToDictionary(type => type, type => (IReadOnlyList<string>)(items.TryGetProperty(type, out var list)
            ? [.. list.EnumerateArray().Select(item => item.GetProperty("FullPath").GetString()!)]
            : []));
    }
}
