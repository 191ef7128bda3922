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
    public void NothingToReadIsNoDependency() => Assert.Empty(DepInfoFile.Dependencies("garbage without a rule\n"));
}
