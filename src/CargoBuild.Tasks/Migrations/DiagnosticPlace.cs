namespace CargoBuild.Migrations;

/// <summary>A diagnostic's message at its place: rustc repeats some, and the upgrade summary counts each once.</summary>
internal sealed record DiagnosticPlace(string? File, int Line, int Column, string Message);
