using CargoBuild.UpToDate;

namespace CargoBuild.Tests.UpToDate;

public sealed class DepInfoFileTests
{
    [Fact]
    public void RealDepInfoListsTheCratesSources()
    {
        var text = "/t/debug/libfixture.so: /w/src/lib.rs /w/src/more.rs\n";

        Assert.Equal(["/w/src/lib.rs", "/w/src/more.rs"], DepInfoFile.Dependencies(text));
    }

    [Fact]
    public void EscapedSpacesContinuationsAndWindowsDrivesAreRead()
    {
        var text = "C:\\t\\debug\\fixture.dll: C:\\w\\my\\ member\\src\\lib.rs \\\n  C:\\w\\src\\b.rs\n\n/t/x.rlib: /w/a.rs /w/a.rs\n";

        Assert.Equal(["C:\\w\\my member\\src\\lib.rs", "C:\\w\\src\\b.rs", "/w/a.rs"], DepInfoFile.Dependencies(text));
    }

    [Fact]
    public void RealDepInfoOfRustcNamesTheVariablesTheCrateRead()
    {
        var flavoured = RecordedEnvironmentBuild.FileText("debug/deps/fixture_flavoured.d");
        var helper = RecordedEnvironmentBuild.FileText(HelperDepInfo());

        // env!(…) of a value a build script set, env!(…), option_env!(…) set (to "a: b\c") and unset.
        Assert.Equal(["FIXTURE_BAKED_FLAVOUR", "FIXTURE_X"], DepInfoFile.EnvironmentVariables(flavoured));
        Assert.Equal(["FIXTURE_HELPER", "FIXTURE_HELPER_UNSET"], DepInfoFile.EnvironmentVariables(helper));
    }

    [Fact]
    public void AnEnvDepValueWithAColonIsNoDependency()
    {
        var helper = RecordedEnvironmentBuild.FileText(HelperDepInfo());

        Assert.Equal([$"{RecordedEnvironmentBuild.Root}/helper/src/lib.rs"], DepInfoFile.Dependencies(helper));
    }

    [Fact]
    public void NothingToReadIsNoDependency() => Assert.Empty(DepInfoFile.Dependencies("garbage without a rule\n"));

    private static string HelperDepInfo() =>
        "debug/deps/" + Path.GetFileName(Directory.EnumerateFiles(Fixtures.PathOf("env-deps/cargo-target/debug/deps"), "fixture_helper-*.d").Single());
}
