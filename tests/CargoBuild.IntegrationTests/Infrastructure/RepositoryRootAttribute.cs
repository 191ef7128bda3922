using System.Reflection;

namespace CargoBuild.IntegrationTests.Infrastructure;

/// <summary>Where the repository was when the tests were built: the package and the sample are taken from there.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class RepositoryRootAttribute(string path) : Attribute
{
    public string Path { get; } = path;

    public static string Value =>
        typeof(RepositoryRootAttribute).Assembly.GetCustomAttribute<RepositoryRootAttribute>()!.Path;
}
