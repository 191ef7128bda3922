using System.Globalization;

namespace CargoBuild.UpToDate;

/// <summary>What the last successful cargo build of a crate used and produced, kept in obj/ as a <see cref="RecordFile"/>.</summary>
public sealed record BuildState(string Stamp, IReadOnlyList<BuildStateInput> Inputs, IReadOnlyList<BuildStateArtifact> Artifacts)
{
    public const string Header = "cargobuild build-state 1";

    public IEnumerable<IEnumerable<string>> ToRows() =>
        [
            ["stamp", Stamp],
            .. Inputs.Select(input => new[] { "input", input.LastWriteUtc.Ticks.ToString(CultureInfo.InvariantCulture), input.Path }),
            .. Artifacts.Select(artifact => new[] { "artifact", artifact.PackageId, artifact.TargetName, artifact.Path }),
        ];

    /// <summary>The state the rows describe, or null when a row is damaged or the stamp is missing.</summary>
    public static BuildState? Parse(IReadOnlyList<string> rows)
    {
        string? stamp = null;
        var inputs = new List<BuildStateInput>();
        var artifacts = new List<BuildStateArtifact>();
        foreach (var row in rows)
        {
            var kind = row.Split('\t', 2)[0];
            var fields = row.Split('\t', kind switch { "input" => 3, "artifact" => 4, _ => 2 });
            switch (kind)
            {
                case "stamp" when fields.Length == 2:
                    stamp = fields[1];
                    break;
                case "input" when fields.Length == 3 && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTime.MaxValue.Ticks:
                    inputs.Add(new BuildStateInput(fields[2], new DateTime(ticks, DateTimeKind.Utc)));
                    break;
                case "artifact" when fields.Length == 4:
                    artifacts.Add(new BuildStateArtifact(fields[3], fields[1], fields[2]));
                    break;
                default:
                    return null;
            }
        }

        return stamp is null ? null : new BuildState(stamp, inputs, artifacts);
    }
}
