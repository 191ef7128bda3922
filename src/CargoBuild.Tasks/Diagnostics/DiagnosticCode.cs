namespace CargoBuild.Diagnostics;

/// <summary>
/// One of CargoBuild's own diagnostic codes: the code MSBuild shows, the severity it is always reported with, a short
/// title (the docs' index of codes, docs/reference.md, shows it) and the docs section that explains it, as a path
/// from the repository root with the anchor of a heading (<c>docs/toolchain-gate.md#diagnostic-codes</c>).
/// </summary>
internal sealed record DiagnosticCode(string Code, DiagnosticSeverity Severity, string Title, string Documentation);
