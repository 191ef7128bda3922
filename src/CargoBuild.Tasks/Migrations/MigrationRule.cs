namespace CargoBuild.Migrations;

/// <summary>A known breaking change of a dependency (PyO3 by default), with the guide section that explains it.</summary>
internal sealed record MigrationRule(string Id, string Code, string Title, string Fix, string Package, IReadOnlyList<MigrationSignal> Signals)
{
    /// <summary>The version step, e.g. "0.8 → 0.9", or null for a breakage the guide has no step for.</summary>
    public string? Step { get; init; }

    /// <summary>The release that made the change (the second version of <see cref="Step"/>), or null without a step.</summary>
    public Versions.CargoVersion? StepTo { get; init; }

    /// <summary>
    /// Names of the APIs the change removed, renamed or changed: source text under a diagnostic's spans that names one
    /// is evidence that the code was written for a release before the change.
    /// </summary>
    public IReadOnlyList<string> OldApis { get; init; } = [];

    /// <summary>The guide section's anchor; its link is chosen by <see cref="GuideLinks"/>.</summary>
    public string? Anchor { get; init; }

    /// <summary>The hosted guide versions that have <see cref="Anchor"/>, as inclusive ranges.</summary>
    public IReadOnlyList<(Versions.CargoVersion First, Versions.CargoVersion Last)> GuideRanges { get; init; } = [];

    /// <summary>A fixed link, for rules without a guide anchor.</summary>
    public string? Url { get; init; }

    public GuideLinks? Guide { get; init; }
}
