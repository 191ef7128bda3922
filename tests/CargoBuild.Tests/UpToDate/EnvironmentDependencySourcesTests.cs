using CargoBuild.Building;
using CargoBuild.Diagnostics;
using CargoBuild.Tests.Manifests;

namespace CargoBuild.Tests.UpToDate;

public sealed class EnvironmentDependencySourcesTests : IDisposable
{
    private static readonly string[] EveryVariableTheBuildRead =
        ["FIXTURE_BAKED_FLAVOUR", "FIXTURE_FLAVOUR", "FIXTURE_HELPER", "FIXTURE_HELPER_UNSET", "FIXTURE_UNSET_IN_BUILD_SCRIPT", "FIXTURE_X"];

    private readonly TemporaryCrates files = new();

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData("build.stdout.jsonl")]
    [InlineData("fresh.stdout.jsonl")]
    public void RealBuildLeadsToTheBuildScriptsAndDepInfosOfTheLocalPackages(string stdout)
    {
        var reader = Reader();

        foreach (var line in RecordedEnvironmentBuild.LayOut(files, stdout))
        {
            reader.ReadStandardOutput(line);
        }

        Assert.Equal(EveryVariableTheBuildRead, reader.EnvironmentSources.EnvironmentVariables());
    }

    [Fact]
    public void DepInfoOfAnotherCrateWithTheSamePrefixIsNotRead()
    {
        var lines = RecordedEnvironmentBuild.LayOut(files, "build.stdout.jsonl");
        files.Write("target/debug/deps/fixture_helper_other-0123.d", "# env-dep:NOT_THIS_ONE=1\n");
        files.Write("target/debug/deps/fixture_helper-4567.d", "# env-dep:OF_AN_EARLIER_BUILD\n");
        var reader = Reader();

        foreach (var line in lines)
        {
            reader.ReadStandardOutput(line);
        }

        var variables = reader.EnvironmentSources.EnvironmentVariables();
        Assert.DoesNotContain("NOT_THIS_ONE", variables);
        Assert.Contains("OF_AN_EARLIER_BUILD", variables);
    }

    [Fact]
    public void RemovedTargetFolderTracksNothing()
    {
        var reader = Reader();
        foreach (var line in RecordedEnvironmentBuild.LayOut(files, "build.stdout.jsonl"))
        {
            reader.ReadStandardOutput(line);
        }

        Directory.Delete(Path.Combine(files.Root, "target"), recursive: true);

        Assert.Empty(reader.EnvironmentSources.EnvironmentVariables());
    }

    private CargoBuildOutputReader Reader() => new(new RustcDiagnosticMapper(files.Root), _ => { }, _ => { });
}
