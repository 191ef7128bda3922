namespace CargoBuild.CargoMessages;

/// <summary>The cargo target (lib, bin, build script...) a message belongs to.</summary>
internal sealed record CargoTarget(string Name, IReadOnlyList<string> Kind, IReadOnlyList<string> CrateTypes, string? SourcePath);
