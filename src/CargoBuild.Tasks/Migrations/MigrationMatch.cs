using CargoBuild.Diagnostics;
using CargoBuild.Versions;

namespace CargoBuild.Migrations;

/// <summary>
/// A diagnostic recognised as a known breakage or requirement, with the guide link for the dependency version in use.
/// <see cref="UpgradedFrom"/> is the version the code was written for when that is known; <see cref="OldApi"/> the
/// old API name the code uses when that was the evidence.
/// </summary>
internal sealed record MigrationMatch(MigrationRule Rule, MigrationSignal Signal, string Url, MigrationKind Kind, CargoVersion Resolved)
{
    public CargoVersion? UpgradedFrom { get; init; }

    public string? OldApi { get; init; }

    /// <summary>
    /// The diagnostic as the user sees it: the rule's code, rustc's code and text kept, then what it is, how to fix it,
    /// and the link, in the text itself because console and CI logs do not show HelpLink.
    /// </summary>
    public BuildDiagnostic Rewrite(BuildDiagnostic mapped)
    {
        var original = mapped.Code is null ? mapped.Message : $"{mapped.Code}: {mapped.Message}";
        return mapped with
        {
            Code = Rule.Code,
            Message = $"{original} -- {Explanation}: {Rule.Fix} See {Url}",
            HelpLink = Url,
        };
    }

    private string Explanation => Kind switch
    {
        MigrationKind.BreakingChange when UpgradedFrom is not null && Rule.Step is not null =>
            $"{Rule.Package} {UpgradedFrom} → {Resolved}: breaking change of {Rule.Step}, {Rule.Title}",
        MigrationKind.BreakingChange when UpgradedFrom is not null => $"{Rule.Package} {UpgradedFrom} → {Resolved}: {Rule.Title}",
        MigrationKind.BreakingChange when Rule.Step is not null =>
            $"{Rule.Package} {Rule.Step} breaking change{(OldApi is null ? "" : $" (the code uses `{OldApi}`)")}, {Rule.Title}",
        MigrationKind.BreakingChange => Rule.Title,
        _ => $"{Rule.Package} requirement, {Rule.Title}",
    };
}
