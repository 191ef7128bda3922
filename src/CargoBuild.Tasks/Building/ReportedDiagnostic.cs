using CargoBuild.Diagnostics;

namespace CargoBuild.Building;

/// <summary>
/// What makes a diagnostic of a cargo run the same as one already reported. A class, not a tuple: the runtime's
/// collections of classes share code that is precompiled, where a set of value tuples is JIT-compiled in each build.
/// </summary>
internal sealed record ReportedDiagnostic(DiagnosticSeverity Severity, string? Code, string? File, int Line, int Column, string Identity);
