using CargoBuild.Building;

namespace CargoBuild.Tests.Building;

public sealed class EnvironmentVariableListTests
{
    [Fact]
    public void EntriesAreNameValuePairsSeparatedBySemicolons()
    {
        var variables = EnvironmentVariableList.Parse("IT_FLAVOUR=b; RUSTFLAGS=-C opt-level=2;;EMPTY=;IT_FLAVOUR=c", out var malformed);

        Assert.Null(malformed);
        Assert.Equal(new Dictionary<string, string> { ["IT_FLAVOUR"] = "c", ["RUSTFLAGS"] = "-C opt-level=2", ["EMPTY"] = "" }, variables);
    }

    [Fact]
    public void NothingIsNoVariable() => Assert.Empty(EnvironmentVariableList.Parse(null, out _)!);

    [Theory]
    [InlineData("A=1;FLAVOUR", "FLAVOUR")]
    [InlineData("=value", "=value")]
    [InlineData("MY FLAG=1", "MY FLAG=1")]
    public void EntryWithoutANameIsMalformed(string text, string entry)
    {
        Assert.Null(EnvironmentVariableList.Parse(text, out var malformed));
        Assert.Equal(entry, malformed);
    }
}
