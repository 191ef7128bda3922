using CargoBuild.Diagnostics;

namespace CargoBuild.Migrations;

/// <summary>A diagnostic recognised as a known breakage, with the guide link for the dependency version in use.</summary>
public sealed record MigrationMatch(MigrationRule Rule, MigrationSignal Signal, string Url)
{
    /// <summary>
    /// The diagnostic as the user sees it: the rule's code, rustc's code and text kept, then what changed, how to fix
    /// it, and the link, in the text itself because console and CI logs do not show HelpLink.
    /// </summary>
    public BuildDiagnostic Rewrite(BuildDiagnostic mapped)
    {
        var change = Rule.Step is null ? Rule.Title : $"{Rule.Package} {Rule.Step} breaking change, {Rule.Title}";
        var original = mapped.Code is null ? mapped.Message : $"{mapped.Code}: {mapped.Message}";
        return mapped with
        {
            Code = Rule.Code,
            Message = $"{original} -- {change}: {Rule.Fix} See {Url}",
            HelpLink = Url,
        };
    }
}
