using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CargoBuild.Tasks;
using Microsoft.Build.Framework;

namespace CargoBuild.Tests;

/// <summary>The targets, the tasks' parameters and the README agree on CargoBuild's MSBuild surface.</summary>
public sealed partial class MSBuildSurfaceTests
{
    private static readonly XDocument Targets = XDocument.Load(Path.Combine(Repository.Root, "build", "CargoBuild.targets"));

    private static readonly Type[] Tasks = [typeof(CargoCompile), typeof(RustToolchainCheck), typeof(CargoCleanCrates)];

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
    public void EveryPublicPropertyTheTargetsReadIsInTheReadme()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var read = PropertyReference().Matches(Targets.ToString()).Select(match => match.Groups["name"].Value)
            .Where(name => name.StartsWith("Cargo", StringComparison.Ordinal) || name.StartsWith("Rust", StringComparison.Ordinal) || name.StartsWith("PyO3", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);

        Assert.All(read, name => Assert.Contains($"`{name}`", readme));
    }

    [GeneratedRegex(@"\$\((?<name>[A-Za-z][A-Za-z0-9]*)\)")]
    private static partial Regex PropertyReference();
}
