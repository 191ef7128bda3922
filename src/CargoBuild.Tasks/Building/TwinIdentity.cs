namespace CargoBuild.Building;

/// <summary>What twin rustc diagnostics share: level, code and message, at the place the diagnostic is reported.</summary>
internal readonly record struct TwinIdentity(string Level, string? Code, string Message, string? File, int Line, int Column);
