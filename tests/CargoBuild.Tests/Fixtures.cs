namespace CargoBuild.Tests;

/// <summary>Recorded inputs copied next to the test assembly (Fixtures/**).</summary>
internal static class Fixtures
{
    public static string PathOf(string relativePath) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath);
}
