namespace CargoBuild.Tests.Building;

/// <summary>Real cargo and rustc output recorded by Fixtures/native-artifacts/record.sh, built under <see cref="Root"/>.</summary>
internal static class RecordedArtifactBuild
{
    public const string Root = "/tmp/cargobuild-artifact-fixtures";

    public static IReadOnlyList<string> StandardOutput(string name) => File.ReadAllLines(Fixtures.PathOf($"native-artifacts/{name}.stdout.jsonl"));

    public static IReadOnlyList<string> NativeStaticLibsProbe() => File.ReadAllLines(Fixtures.PathOf("native-artifacts/native-static-libs.stderr.txt"));
}
