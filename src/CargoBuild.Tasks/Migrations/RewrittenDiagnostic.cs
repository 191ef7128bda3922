using CargoBuild.Diagnostics;

namespace CargoBuild.Migrations;

/// <summary>What a diagnostic is reported as, and the rule that rewrote it, if any.</summary>
internal sealed record RewrittenDiagnostic(BuildDiagnostic Diagnostic, MigrationMatch? Match);
