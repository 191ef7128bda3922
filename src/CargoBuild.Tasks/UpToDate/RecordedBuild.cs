using CargoBuild.Building;
using CargoBuild.Diagnostics;

namespace CargoBuild.UpToDate;

/// <summary>
/// The libraries of a build that is still up to date, and the warnings it reported, to be shown again: the first ones,
/// and how many more there were.
/// </summary>
internal sealed record RecordedBuild(IReadOnlyList<NativeArtifact> Artifacts, IReadOnlyList<BuildDiagnostic> Warnings, int OmittedWarnings = 0);
