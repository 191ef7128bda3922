using CargoBuild.Versions;

namespace CargoBuild.Migrations;

/// <summary>A signal that applies to a crate, with the resolved version of the rule's package there.</summary>
internal sealed record ApplicableSignal(MigrationRule Rule, MigrationSignal Signal, CargoVersion Version);
