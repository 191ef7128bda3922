using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CargoBuild.Surface;
using CargoBuild.Tasks;
using Microsoft.Build.Framework;

namespace CargoBuild.Tests;

/// <summary>
/// The build files (build/*.props, *.targets), the tasks' parameters, the surface names (src/CargoBuild.Tasks/Surface)
/// and the reference table (docs/reference.md) agree on CargoBuild's MSBuild surface. Each failure says which name is
/// missing where.
/// </summary>
public sealed partial class MSBuildSurfaceTests
{
    private const string ReferencePage = "docs/reference.md";
    private const string SurfaceFolder = "src/CargoBuild.Tasks/Surface";

    private static readonly XDocument Targets = XDocument.Load(Path.Combine(Repository.Root, "build", "CargoBuild.targets"));

    private static readonly Type[] Tasks = [typeof(CargoCompile), typeof(RustToolchainCheck), typeof(CargoCleanCrates)];

    /// <summary>Every build file the package ships, relative to the repository root, with its text.</summary>
    private static readonly IReadOnlyList<(string File, string Text)> BuildFiles =
    [
        .. Directory.GetFiles(Path.Combine(Repository.Root, "build"), "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".props", StringComparison.Ordinal) || file.EndsWith(".targets", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(file => (Path.GetRelativePath(Repository.Root, file).Replace('\\', '/'), File.ReadAllText(file))),
    ];

    // MSBuild's and the SDK's own properties the targets read to do their work; not part of CargoBuild's surface.
    private static readonly HashSet<string> PlatformProperties = new(StringComparer.Ordinal)
    {
        "BaseIntermediateOutputPath", "BundledNETCoreAppTargetFrameworkVersion", "CARGO_TARGET_DIR", "CleanDependsOn", "CustomCollectWatchItems", "DefaultItemExcludes", "Configuration", "DesignTimeBuild", "MSBuildProjectDirectory",
        "MSBuildProjectFullPath", "MSBuildRuntimeType", "MSBuildThisFileDirectory", "MSBuildWarningsAsErrors", "MSBuildWarningsAsMessages",
        "MSBuildWarningsNotAsErrors", "NETCoreSdkPortableRuntimeIdentifier", "NETCoreSdkRuntimeIdentifier", "TargetFramework", "TargetFrameworks",
        "TargetsForTfmSpecificContentInPackage",
    };

    // MSBuild's well-known item metadata.
    private static readonly HashSet<string> WellKnownMetadata = new(StringComparer.Ordinal)
    {
        "DefiningProjectFullPath", "Extension", "Filename", "FullPath", "Identity",
    };

    [Fact]
    public void EveryTaskCallSetsOnlyParametersTheTaskHasAndEveryRequiredOne()
    {
        foreach (var task in Tasks)
        {
            var calls = Targets.Descendants().Where(element => element.Name.LocalName == task.Name).ToList();
            Assert.NotEmpty(calls);
            var parameters = task.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanWrite).Select(property => property.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var required = task.GetProperties().Where(property => property.GetCustomAttribute<RequiredAttribute>() is not null).Select(property => property.Name);
            foreach (var call in calls)
            {
                var set = call.Attributes().Select(attribute => attribute.Name.LocalName).Where(name => name is not "Condition" and not "ContinueOnError").ToList();
                Assert.All(set, name => Assert.Contains(name, parameters));
                Assert.All(required, name => Assert.Contains(name, set));
            }
        }
    }

    [Fact]
    public void EveryParameterOfATaskIsSetOrReadByTheTargets()
    {
        // A parameter no call sets (an input) or reads (an [Output]) is dead surface.
        var problems = Tasks.SelectMany(task =>
        {
            var calls = Targets.Descendants().Where(element => element.Name.LocalName == task.Name).ToList();
            var used = calls.SelectMany(call => call.Attributes().Select(attribute => attribute.Name.LocalName))
                .Concat(calls.SelectMany(call => call.Elements().Where(element => element.Name.LocalName == "Output")).Select(output => (string)output.Attribute("TaskParameter")!))
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            return task.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(property => property.CanWrite || property.GetCustomAttribute<OutputAttribute>() is not null)
                .Where(property => !used.Contains(property.Name))
                .Select(property => $"{task.Name}.{property.Name} is a task parameter that no call in build/CargoBuild.targets sets or reads");
        });

        AssertNone(problems);
    }

    [Fact]
    public void TheTwoCallsOfCargoCompileSetTheSameParameters()
    {
        // One in place (a single-targeted project), one in the shared instance: a parameter added to one only is a bug.
        // Their values differ where the instance does (the RuntimeIdentifier the shared instance is given).
        var calls = Targets.Descendants().Where(element => element.Name.LocalName == nameof(CargoCompile))
            .Select(call => string.Join(" ", call.Attributes().Select(attribute => attribute.Name.LocalName).Where(name => name != "Condition")))
            .Distinct().ToList();

        Assert.True(calls.Count == 1, string.Join(Environment.NewLine, calls));
    }

    [Fact]
    public void EveryPropertyTheBuildFilesReadIsASurfaceProperty()
    {
        var problems = BuildFiles.SelectMany(file => PropertyReference().Matches(file.Text).Select(match => (file.File, Name: match.Groups["name"].Value)))
            .Where(use => !use.Name.StartsWith('_') && !PlatformProperties.Contains(use.Name) && !Names(typeof(MSBuildProperties)).Contains(use.Name))
            .Select(use => $"{use.File} reads $({use.Name}), which is not in MSBuildProperties ({SurfaceFolder}/MSBuildProperties.cs): add it there and a 'property' row to {ReferencePage}")
            .Distinct();

        AssertNone(problems);
    }

    [Fact]
    public void EverySurfacePropertyIsReadByTheBuildFiles()
    {
        var read = BuildFiles.SelectMany(file => PropertyReference().Matches(file.Text).Select(match => match.Groups["name"].Value)).ToHashSet(StringComparer.Ordinal);
        var problems = Names(typeof(MSBuildProperties)).Where(name => !read.Contains(name))
            .Select(name => $"MSBuildProperties.{name} is read by no file in build/: remove it from {SurfaceFolder}/MSBuildProperties.cs and {ReferencePage}");

        AssertNone(problems);
    }

    [Fact]
    public void TheItemsAndTargetsOfTheBuildFilesAreTheSurfaceOnes()
    {
        var items = BuildFiles.SelectMany(file => ItemReference().Matches(file.Text).Select(match => (file.File, Name: match.Groups["name"].Value))
            .Concat(XDocument.Parse(file.Text).Descendants().Where(element => element.Parent?.Name.LocalName is "ItemGroup" or "ItemDefinitionGroup")
                .Select(element => (file.File, Name: element.Name.LocalName))))
            .Where(use => IsCargoBuildName(use.Name))
            .ToList();
        var targets = BuildFiles.SelectMany(file => XDocument.Parse(file.Text).Descendants().Where(element => element.Name.LocalName == "Target")
                .Select(target => (file.File, Name: (string)target.Attribute("Name")!)))
            .Where(target => !target.Name.StartsWith('_'))
            .ToList();

        var problems = items.Where(use => !Names(typeof(MSBuildItems)).Contains(use.Name))
            .Select(use => $"{use.File} uses the item {use.Name}, which is not in MSBuildItems ({SurfaceFolder}/MSBuildItems.cs): add it there and an 'item' row to {ReferencePage}")
            .Concat(Names(typeof(MSBuildItems)).Where(name => items.All(use => use.Name != name))
                .Select(name => $"MSBuildItems.{name} is used by no file in build/"))
            .Concat(targets.Where(target => !Names(typeof(MSBuildTargets)).Contains(target.Name))
                .Select(target => $"{target.File} defines the target {target.Name}, which is not in MSBuildTargets ({SurfaceFolder}/MSBuildTargets.cs): add it there and a 'target' row to {ReferencePage}, or start its name with _"))
            .Concat(Names(typeof(MSBuildTargets)).Where(name => targets.All(target => target.Name != name))
                .Select(name => $"MSBuildTargets.{name} is defined by no file in build/"))
            .Distinct();

        AssertNone(problems);
    }

    [Fact]
    public void TheMetadataTheBuildFilesUseIsSurfaceMetadata()
    {
        var crateMetadata = BuildFiles.SelectMany(file => QualifiedMetadata().Matches(file.Text)
                .Where(match => match.Groups["item"].Value == MSBuildItems.CargoCrate)
                .Select(match => (file.File, Name: match.Groups["name"].Value))
                .Concat(XDocument.Parse(file.Text).Descendants().Where(element => element.Parent?.Parent?.Name.LocalName == "ItemDefinitionGroup" && element.Parent.Name.LocalName == MSBuildItems.CargoCrate)
                    .Select(element => (file.File, Name: element.Name.LocalName))));
        string[] artifactItems = [MSBuildItems.CargoNativeLibrary, MSBuildItems.CargoExecutable, MSBuildItems.CargoStaticLibrary, "_CargoArtifact", "_CargoPackArtifact"];
        var artifactMetadata = BuildFiles.SelectMany(file => QualifiedMetadata().Matches(file.Text).Concat(TransformMetadata().Matches(file.Text))
            .Where(match => artifactItems.Contains(match.Groups["item"].Value))
            .Select(match => (file.File, Name: match.Groups["name"].Value)));

        var problems = crateMetadata.Where(use => !WellKnownMetadata.Contains(use.Name) && !Names(typeof(CrateMetadata)).Contains(use.Name))
            .Select(use => $"{use.File} uses CargoCrate metadata {use.Name}, which is not in CrateMetadata ({SurfaceFolder}/CrateMetadata.cs): add it there and a '`CargoCrate` metadata' row to {ReferencePage}")
            .Concat(artifactMetadata.Where(use => !WellKnownMetadata.Contains(use.Name) && !Names(typeof(ArtifactMetadata)).Contains(use.Name))
                .Select(use => $"{use.File} uses output metadata {use.Name}, which is not in ArtifactMetadata ({SurfaceFolder}/ArtifactMetadata.cs): add it there and an 'output metadata' row to {ReferencePage}"))
            .Distinct();

        AssertNone(problems);
    }

    [Fact]
    public void TheTasksNameMetadataOnlyThroughTheSurfaceNames()
    {
        // So that the surface types are the one home of the names: a literal here would escape the reference tests.
        var problems = Directory.GetFiles(Path.Combine(Repository.Root, "src", "CargoBuild.Tasks"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, index)))
            .SelectMany(source => MetadataLiteral().Matches(source.line)
                .Where(match => !WellKnownMetadata.Contains(match.Groups["name"].Value))
                .Select(match => $"{Path.GetRelativePath(Repository.Root, source.file)}:{source.index + 1} names the metadata \"{match.Groups["name"].Value}\" as a literal: use the constant of {SurfaceFolder}"));

        AssertNone(problems);
    }

    [Theory]
    [InlineData("property", typeof(MSBuildProperties))]
    [InlineData("`CargoCrate` metadata", typeof(CrateMetadata))]
    [InlineData("output metadata", typeof(ArtifactMetadata))]
    [InlineData("`RustToolchainCheckedCrate` metadata", typeof(CheckedCrateMetadata))]
    [InlineData("item", typeof(MSBuildItems))]
    [InlineData("target", typeof(MSBuildTargets))]
    public void TheReferenceTableListsExactlyTheSurfaceNamesOfEachKind(string kind, Type surface)
    {
        var rows = ReferenceRows().ToList();
        var documented = rows.Where(row => row.Kind == kind).Select(row => row.Name).ToList();
        var expected = Names(surface);

        var problems = expected.Where(name => !documented.Contains(name))
            .Select(name => $"{name} ({kind}) is in {surface.Name} ({SurfaceFolder}/{surface.Name}.cs) but has no '{kind}' row in {ReferencePage}")
            .Concat(documented.Where(name => !expected.Contains(name))
                .Select(name => $"{name} has a '{kind}' row in {ReferencePage} but is not in {surface.Name} ({SurfaceFolder}/{surface.Name}.cs)"))
            .Concat(documented.GroupBy(name => name).Where(group => group.Count() > 1).Select(group => $"{group.Key} has more than one '{kind}' row in {ReferencePage}"));

        AssertNone(problems);
    }

    [Fact]
    public void EveryRowOfTheReferenceTableIsOfAKnownKind()
    {
        string[] kinds = ["property", "`CargoCrate` metadata", "output metadata", "`RustToolchainCheckedCrate` metadata", "item", "target"];
        var rows = ReferenceRows().ToList();

        Assert.True(rows.Count > 40, $"{ReferencePage} has {rows.Count} reference rows");
        Assert.All(rows, row => Assert.Contains(row.Kind, kinds));
    }

    // The reference table's rows, one per name (a row may name several: `RustVersion`, `RustChannel`).
    private static IEnumerable<(string Name, string Kind)> ReferenceRows() =>
        new MarkdownFile(ReferencePage).TableRows("Name", "Kind")
            .SelectMany(row => MarkdownFile.CodeSpans(row.Cells[0]).Select(name => (name, row.Cells[1])));

    // ArtifactMetadata's NativeLibraryKind, ExecutableKind and StaticLibraryKind are values of CargoArtifactKind, not names.
    private static HashSet<string> Names(Type surface) =>
    [
        .. surface.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && (field.Name == nameof(ArtifactMetadata.CargoArtifactKind) || !field.Name.EndsWith("Kind", StringComparison.Ordinal)))
            .Select(field => (string)field.GetRawConstantValue()!),
    ];

    private static bool IsCargoBuildName(string name) =>
        name.StartsWith("Cargo", StringComparison.Ordinal) || name.StartsWith("Rust", StringComparison.Ordinal) || name.StartsWith("PyO3", StringComparison.Ordinal);

    // Every problem in full, one a line: xunit's own collection message cuts them short.
    private static void AssertNone(IEnumerable<string> problems)
    {
        var list = problems.ToList();
        Assert.True(list.Count == 0, string.Join(Environment.NewLine, list));
    }

    [GeneratedRegex(@"\$\((?<name>[A-Za-z_][A-Za-z0-9_]*)[).]")]
    private static partial Regex PropertyReference();

    [GeneratedRegex(@"@\((?<name>[A-Za-z_][A-Za-z0-9_]*)[)\-]")]
    private static partial Regex ItemReference();

    [GeneratedRegex(@"%\((?<item>[A-Za-z_][A-Za-z0-9_]*)\.(?<name>[A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex QualifiedMetadata();

    [GeneratedRegex(@"@\((?<item>[A-Za-z_][A-Za-z0-9_]*)->'%\((?<name>[A-Za-z_][A-Za-z0-9_]*)\)'\)")]
    private static partial Regex TransformMetadata();

    [GeneratedRegex(@"(?:Get|Set)Metadata\(""(?<name>[^""]*)""")]
    private static partial Regex MetadataLiteral();
}
