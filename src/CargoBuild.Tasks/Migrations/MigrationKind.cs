namespace CargoBuild.Migrations;

/// <summary>What a migration link tells the user; only the first kind may speak of a breaking change or a version step.</summary>
internal enum MigrationKind
{
    /// <summary>The code was written for an older release and crossed this breaking change (there is evidence of the upgrade).</summary>
    BreakingChange,

    /// <summary>No upgrade is known, but the diagnostic is specific to a requirement the guide explains.</summary>
    Requirement,
}
