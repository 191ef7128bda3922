namespace CargoBuild.Diagnostics;

/// <summary>One tool's lint codes (rustc's, Clippy's) in the <see cref="LintCodeCatalog"/>, by lint name without the tool prefix.</summary>
internal sealed record LintToolCodes(IReadOnlyDictionary<string, string> Codes, string Fallback)
{
    public string CodeOf(string lint) => Codes.TryGetValue(lint, out var code) ? code : Fallback;
}
