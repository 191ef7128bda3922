using CargoBuild.UpToDate;

namespace CargoBuild.Tests.UpToDate;

public sealed class BuildScriptOutputFileTests
{
    [Fact]
    public void RealOutputNamesTheVariablesOfBothSyntaxes()
    {
        var output = RecordedEnvironmentBuild.FileText(RecordedOutputPath());

        Assert.Equal(["FIXTURE_FLAVOUR", "FIXTURE_UNSET_IN_BUILD_SCRIPT"], BuildScriptOutputFile.EnvironmentVariables(output));
    }

    [Fact]
    public void OutputFileIsBesideTheOutDirCargoReports() =>
        Assert.Equal("/t/debug/build/p-1/output", BuildScriptOutputFile.PathFor("/t/debug/build/p-1/out"));

    [Fact]
    public void OtherInstructionsNameNoVariable() =>
        Assert.Empty(BuildScriptOutputFile.EnvironmentVariables("cargo:rustc-env=A=b\ncargo:rerun-if-changed=build.rs\ncargo:rerun-if-env-changed=\nchatter\n"));

    private static string RecordedOutputPath() =>
        Path.GetRelativePath(Fixtures.PathOf("env-deps/cargo-target"),
            Directory.EnumerateFiles(Fixtures.PathOf("env-deps/cargo-target/debug/build"), "output", SearchOption.AllDirectories).Single());
}
