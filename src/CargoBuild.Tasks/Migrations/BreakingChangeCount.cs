namespace CargoBuild.Migrations;

/// <summary>A breaking change in the upgrade summary: its first match (which stands for it) and how many diagnostics it explains.</summary>
internal sealed record BreakingChangeCount(MigrationMatch First, int Count);
