using System.Text.RegularExpressions;

namespace CargoBuild.Tests.Fuzzing;

/// <summary>Real inputs of each format, from the recorded fixtures and the rule file, that the fuzz tests damage.</summary>
internal static partial class FuzzSeeds
{
    public static IReadOnlyList<string> CargoJsonLines { get; } =
        [.. Directory.GetFiles(Fixtures.PathOf(""), "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).Where(line => line.StartsWith('{')).Where((_, index) => index % 7 == 0)];

    public static IReadOnlyList<string> CargoStderr { get; } = FilesNamed("*.stderr.txt");

    public static IReadOnlyList<string> Manifests { get; } = [.. FilesNamed("Cargo.toml").Take(40), .. FilesNamed("*.Cargo.toml")];

    public static IReadOnlyList<string> LockFiles { get; } = FilesNamed("*.lock");

    public static IReadOnlyList<string> DepInfo { get; } = FilesNamed("*.d");

    /// <summary>The built-in rule file cut into runs of three rules: the whole file is too slow to parse thousands of times.</summary>
    public static IReadOnlyList<string> RuleFiles { get; } = RulesInThrees();

    private static IReadOnlyList<string> FilesNamed(string pattern) =>
        [.. Directory.GetFiles(Fixtures.PathOf(""), pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    private static IReadOnlyList<string> RulesInThrees()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Rules", "pyo3-migration.toml"));
        var rules = RuleHeader().Split(text).Skip(1).Select(rule => "[[rule]]" + rule).ToArray();
        return [.. rules.Chunk(3).Select(chunk => string.Concat(chunk))];
    }

    [GeneratedRegex(@"^\[\[rule\]\]", RegexOptions.Multiline)]
    private static partial Regex RuleHeader();
}
