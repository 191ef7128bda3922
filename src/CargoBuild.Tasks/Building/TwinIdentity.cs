namespace CargoBuild.Building;

/// <summary>
/// What twin rustc diagnostics share: the compilation, level, code and message, at the place the diagnostic is
/// reported. A class, not a struct: a dictionary keyed by classes runs the runtime's precompiled code, where one keyed
/// by a struct of CargoBuild's is JIT-compiled in each build.
/// </summary>
internal sealed record TwinIdentity(string Compilation, string Level, string? Code, string Message, string? File, int Line, int Column);
