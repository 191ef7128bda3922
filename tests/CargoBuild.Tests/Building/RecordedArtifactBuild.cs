namespace CargoBuild.Tests.Building;

/// <summary>Real cargo and rustc output recorded by Fixtures/artifacts/record.sh, built under <see cref="Root"/>.</summary>
internal static class RecordedArtifactBuild
{
    public const string Root = "/tmp/cargobuild-artifact-fixtures";

    public static IReadOnlyList<string> StandardOutput(string name) => File.ReadAllLines(Fixtures.PathOf($"artifacts/{name}.stdout.jsonl"));

    public static IReadOnlyList<string> NativeStaticLibsProbe() => File.ReadAllLines(Fixtures.PathOf("artifacts/native-static-libs.stderr.txt"));
}
