using CargoBuild.Versions;

namespace CargoBuild.Manifests;

/// <summary>A [[package]] of Cargo.lock; dependencies are as written: "name", "name version" or "name version (source)".</summary>
internal sealed record LockedPackage(string Name, CargoVersion Version, IReadOnlyList<string> Dependencies);
