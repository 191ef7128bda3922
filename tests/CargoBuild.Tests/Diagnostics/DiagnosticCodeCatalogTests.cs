using System.Reflection;
using System.Text.RegularExpressions;
using CargoBuild.Diagnostics;

namespace CargoBuild.Tests.Diagnostics;

/// <summary>The docs' code tables list exactly CargoBuild's codes: none undocumented, none documented that the code lacks.</summary>
public sealed partial class DiagnosticCodeCatalogTests
{
    [Fact]
    public void TheDocsListExactlyTheCodesCargoBuildReports()
    {
        var codes = new[] { typeof(DiagnosticCodes), typeof(ToolchainCodes) }
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
        var documented = Directory.GetFiles(Path.Combine(Repository.Root, "docs"), "*.md")
            .SelectMany(file => TableRowCode().Matches(File.ReadAllText(file)).Select(match => match.Groups["code"].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(codes.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryCodeIsLettersThenDigitsAsProblemMatchersExpect() =>
        Assert.All(typeof(DiagnosticCodes).GetFields().Concat(typeof(ToolchainCodes).GetFields()).Select(field => (string)field.GetRawConstantValue()!),
            code => Assert.Matches("^CB[0-9]{4}$", code));

    [GeneratedRegex(@"^\| (?<code>CB[0-9]{4}) \|", RegexOptions.Multiline)]
    private static partial Regex TableRowCode();
}
