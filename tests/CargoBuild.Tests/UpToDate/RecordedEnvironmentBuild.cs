using CargoBuild.Tests.Manifests;

namespace CargoBuild.Tests.UpToDate;

/// <summary>
/// The recorded build of Fixtures/env-deps (record.sh): cargo's stdout, and the files cargo and rustc left in its
/// target folder, put back under a temporary root in place of the fixed one they were recorded under.
/// </summary>
internal static class RecordedEnvironmentBuild
{
    public const string Root = "/tmp/cargobuild-env-deps-fixtures";

    public static string FileText(string pathInTarget) => File.ReadAllText(Fixtures.PathOf($"env-deps/cargo-target/{pathInTarget}"));

    /// <summary>cargo's stdout with the temporary root for the fixed one, after the target folder is laid out there.</summary>
    public static IReadOnlyList<string> LayOut(TemporaryCrates files, string stdout)
    {
        var recordedTarget = Fixtures.PathOf("env-deps/cargo-target");
        foreach (var file in Directory.EnumerateFiles(recordedTarget, "*", SearchOption.AllDirectories))
        {
            files.Write(Path.Combine("target", Path.GetRelativePath(recordedTarget, file)), File.ReadAllText(file));
        }

        return [.. File.ReadAllLines(Fixtures.PathOf($"env-deps/{stdout}")).Select(line => line.Replace(Root, files.Root, StringComparison.Ordinal))];
    }
}
