using CargoBuild.Manifests;

namespace CargoBuild.Diagnostics;

/// <summary>
/// The codes CargoBuild reports rustc's lints under (docs/lint-codes.md): letters then digits, because MSBuild's
/// problem matchers (GitHub's csc.json, VS Code's $msCompile) take no other code, while a lint's name
/// (unused_variables) has no digits. The data files in LintCodes/ (shipped inside the assembly, appended to by
/// LintCodes/update.sh) give each lint a number that never changes; rustc.toml holds the lints without a tool prefix,
/// each other file the lints of the tool it is named after (clippy.toml: clippy::needless_return).
/// </summary>
internal sealed class LintCodeCatalog
{
    private const string ResourcePrefix = "CargoBuild.Diagnostics.LintCodes.";
    private const string ResourceSuffix = ".toml";
    private const string RustcTool = "rustc";
    private const string ToolSeparator = "::";

    private readonly Dictionary<string, LintToolCodes> tools;
    private readonly LintToolCodes rustc;

    private LintCodeCatalog(Dictionary<string, LintToolCodes> tools, string uncoded)
    {
        this.tools = tools;
        rustc = tools[RustcTool];
        Uncoded = uncoded;
    }

    private static readonly Lazy<LintCodeCatalog> BuiltInCatalog = new(LoadBuiltIn);

    /// <summary>The catalog shipped in the assembly, read the first time a lint is reported.</summary>
    public static LintCodeCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>The code of a rustc diagnostic that has none of its own (a syntax error).</summary>
    public string Uncoded { get; }

    /// <summary>Every catalogued lint (tool-prefixed as rustc names it) with its code.</summary>
    public IEnumerable<(string Lint, string Code)> Entries =>
        tools.SelectMany(tool => tool.Value.Codes.Select(entry => (tool.Key == RustcTool ? entry.Key : tool.Key + ToolSeparator + entry.Key, entry.Value)));

    /// <summary>The lint's code: its number in the catalog, else the fallback of its tool (of rustc for a tool without a catalog).</summary>
    public string CodeOf(string lint)
    {
        var separator = lint.IndexOf(ToolSeparator, StringComparison.Ordinal);
        if (separator < 0)
        {
            return rustc.CodeOf(lint);
        }

        return tools.TryGetValue(lint[..separator], out var tool) ? tool.CodeOf(lint[(separator + ToolSeparator.Length)..]) : rustc.Fallback;
    }

    /// <summary>Reads a catalog from the text of its files, keyed by tool name (rustc, clippy); throws on a malformed one.</summary>
    public static LintCodeCatalog Parse(IReadOnlyDictionary<string, string> files)
    {
        var tools = new Dictionary<string, LintToolCodes>(StringComparer.Ordinal);
        string? uncoded = null;
        foreach (var (tool, text) in files)
        {
            var diagnostics = new List<BuildDiagnostic>();
            var document = TomlDocument.Parse(text, tool + ResourceSuffix, DiagnosticCodes.InternalError, diagnostics)
                ?? throw new InvalidDataException($"The lint code catalog {tool}{ResourceSuffix} is not valid TOML: {diagnostics[0].Message}");
            var fallback = RequiredCode(document, tool, "fallback");
            var prefix = fallback[..^4];
            var codes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var lint in document.ChildrenOf("lints"))
            {
                var code = document.Get("lints", lint)?.AsString;
                if (code is null || !IsCode(code) || code[..^4] != prefix || code == fallback)
                {
                    throw new InvalidDataException($"{tool}{ResourceSuffix}: lint {lint} needs a code {prefix}0001 to {prefix}9999, not '{code}'.");
                }

                codes.Add(lint, code);
            }

            if (codes.Values.GroupBy(code => code, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1) is { } repeated)
            {
                throw new InvalidDataException($"{tool}{ResourceSuffix}: {repeated.Key} is given to more than one lint.");
            }

            if (tool == RustcTool)
            {
                uncoded = RequiredCode(document, tool, "uncoded");
            }

            tools.Add(tool, new LintToolCodes(codes, fallback));
        }

        if (uncoded is null)
        {
            throw new InvalidDataException($"The lint code catalog has no {RustcTool}{ResourceSuffix}.");
        }

        return new LintCodeCatalog(tools, uncoded);
    }

    /// <summary>True for a code of letters then four digits, as the catalog gives.</summary>
    private static bool IsCode(string code) =>
        code.Length > 4 && code.AsSpan(code.Length - 4).IndexOfAnyExceptInRange('0', '9') < 0
        && code.AsSpan(0, code.Length - 4).IndexOfAnyExceptInRange('A', 'Z') < 0;

    private static string RequiredCode(TomlDocument document, string tool, string key) =>
        document.Get(key)?.AsString is { } code && IsCode(code)
            ? code
            : throw new InvalidDataException($"{tool}{ResourceSuffix} needs {key} = \"<letters>0000\".");

    private static LintCodeCatalog LoadBuiltIn()
    {
        var assembly = typeof(LintCodeCatalog).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            files.Add(name[ResourcePrefix.Length..^ResourceSuffix.Length], reader.ReadToEnd());
        }

        return Parse(files);
    }
}
