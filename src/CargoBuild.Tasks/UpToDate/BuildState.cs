using System.Text.Json.Serialization;

namespace CargoBuild.UpToDate;

/// <summary>What the last successful cargo build of a crate used and produced, kept in obj/.</summary>
public sealed record BuildState(
    [property: JsonPropertyName("stamp")] string Stamp,
    [property: JsonPropertyName("inputs")] IReadOnlyList<BuildStateInput> Inputs,
    [property: JsonPropertyName("artifacts")] IReadOnlyList<BuildStateArtifact> Artifacts);

/// <summary>An input file and its last write time as the recorded build saw it.</summary>
public sealed record BuildStateInput(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("lastWriteUtc")] DateTime LastWriteUtc);

public sealed record BuildStateArtifact(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("packageId")] string PackageId,
    [property: JsonPropertyName("targetName")] string TargetName);

[JsonSerializable(typeof(BuildState))]
internal sealed partial class BuildStateJsonContext : JsonSerializerContext;
