using System.Text.RegularExpressions;
using CargoBuild.CargoMessages;
using CargoBuild.Diagnostics;

namespace CargoBuild.Tests.Diagnostics;

public sealed partial class LintCodeCatalogTests
{
    private static readonly string CatalogFolder = Path.Combine(Repository.Root, "src/CargoBuild.Tasks/Diagnostics/LintCodes");

    [Theory]
    [InlineData("unused_variables", "RL0232")]
    [InlineData("dead_code", "RL0034")]
    [InlineData("clippy::needless_return", "CL0459")]
    [InlineData("a_lint_of_a_newer_rustc", "RL0000")]
    [InlineData("clippy::a_lint_of_a_newer_clippy", "CL0000")]
    [InlineData("rustdoc::broken_intra_doc_links", "RL0000")]
    public void ALintHasItsCatalogCodeOrItsToolsFallback(string lint, string code) =>
        Assert.Equal(code, LintCodeCatalog.BuiltIn.CodeOf(lint));

    [Fact]
    public void EveryLintOfTheRecordedBuildsIsCatalogued()
    {
        var lints = Directory.EnumerateFiles(Fixtures.PathOf(""), "*.jsonl", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .Select(CargoMessageParser.Parse)
            .OfType<CompilerMessage>()
            .Select(message => message.Diagnostic.Code)
            .OfType<string>()
            .Where(code => !ErrorIndexCode().IsMatch(code))
            .ToHashSet(StringComparer.Ordinal);
        var catalogued = LintCodeCatalog.BuiltIn.Entries.Select(entry => entry.Lint).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(lints);
        Assert.Empty(lints.Except(catalogued));
    }

    [Fact]
    public void EachFileNumbersItsLintsOneByOneInTheOrderUpdateShAppendsThem()
    {
        foreach (var file in Directory.GetFiles(CatalogFolder, "*.toml"))
        {
            var text = File.ReadAllText(file);
            var numbers = CatalogLine().Matches(text[text.IndexOf("\n[lints]\n", StringComparison.Ordinal)..]).Select(match => int.Parse(match.Groups["number"].Value)).ToList();

            Assert.True(numbers.Count > 100, file);
            Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        }
    }

    [Fact]
    public void TheBuiltInCatalogIsTheRepositorysFiles()
    {
        var files = Directory.GetFiles(CatalogFolder, "*.toml").ToDictionary(file => Path.GetFileNameWithoutExtension(file), File.ReadAllText);

        Assert.Equal(LintCodeCatalog.Parse(files).Entries.Order(), LintCodeCatalog.BuiltIn.Entries.Order());
        Assert.Equal("RC0000", LintCodeCatalog.BuiltIn.Uncoded);
    }

    [Theory]
    [InlineData("fallback = \"RL0000\"\nuncoded = \"RC0000\"\n[lints]\nfirst = \"RL0001\"\nsecond = \"RL0001\"\n", "RL0001 is given to more than one lint")]
    [InlineData("fallback = \"RL0000\"\nuncoded = \"RC0000\"\n[lints]\nfirst = \"CL0001\"\n", "lint first needs a code RL0001 to RL9999")]
    [InlineData("fallback = \"RL0000\"\nuncoded = \"RC0000\"\n[lints]\nfirst = \"RL0000\"\n", "lint first needs a code RL0001 to RL9999")]
    [InlineData("uncoded = \"RC0000\"\n[lints]\n", "needs fallback")]
    [InlineData("fallback = \"RL0000\"\n[lints]\n", "needs uncoded")]
    public void AMalformedCatalogIsRejected(string rustc, string reason)
    {
        var exception = Assert.Throws<InvalidDataException>(() => LintCodeCatalog.Parse(new Dictionary<string, string> { ["rustc"] = rustc }));

        Assert.Contains(reason, exception.Message);
    }

    [GeneratedRegex("^E[0-9]{4}$")]
    private static partial Regex ErrorIndexCode();

    [GeneratedRegex(@"^[a-z0-9_]+ = ""[A-Z]+(?<number>[0-9]{4})""$", RegexOptions.Multiline)]
    private static partial Regex CatalogLine();
}
