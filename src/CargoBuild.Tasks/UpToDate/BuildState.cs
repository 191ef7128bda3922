using System.Globalization;
using CargoBuild.Building;
using CargoBuild.Diagnostics;

namespace CargoBuild.UpToDate;

/// <summary>
/// What the last successful cargo build of a crate used and produced (the environment variables it read among what
/// it used), and the warnings it reported, kept in obj/ as a <see cref="RecordFile"/>.
/// </summary>
internal sealed record BuildState(string Stamp, IReadOnlyList<BuildStateInput> Inputs, IReadOnlyList<BuildStateArtifact> Artifacts)
{
    public const string Header = "cargobuild build-state 6";

    private const int WarningFields = 9;

    private const string UnsetValue = "unset";

    public IReadOnlyList<BuildDiagnostic> Warnings { get; init; } = [];

    public IReadOnlyList<BuildStateVariable> Variables { get; init; } = [];

    /// <summary>The parts of <see cref="Stamp"/>, to say which changed.</summary>
    public IReadOnlyList<BuildStampPart> StampParts { get; init; } = [];

    /// <summary>How many more warnings the build reported than <see cref="Warnings"/> keeps.</summary>
    public int OmittedWarnings { get; init; }

    public IEnumerable<IEnumerable<string>> ToRows() =>
        [
            ["stamp", Stamp],
            .. StampParts.Select(part => new[] { "stamp-part", part.Hash, part.Name }),
            .. Inputs.Select(input => new[] { "input", input.LastWriteUtc.Ticks.ToString(CultureInfo.InvariantCulture), input.Path }),
            .. Artifacts.Select(artifact => new[] { "artifact", artifact.PackageId, artifact.TargetName, artifact.Kind.ToString(), artifact.LinkArguments, artifact.Path }),
            .. Artifacts.Where(artifact => artifact.IsPythonModule).Select(artifact => new[] { "python-module", artifact.Path }),
            .. Variables.Select(variable => new[] { "env", variable.ValueHash ?? UnsetValue, variable.Name }),
            .. Warnings.Select(warning => new[]
            {
                "warning", RecordFile.Escape(warning.Code ?? ""), RecordFile.Escape(warning.File ?? ""), Number(warning.Line), Number(warning.Column),
                Number(warning.EndLine), Number(warning.EndColumn), RecordFile.Escape(warning.HelpLink ?? ""), RecordFile.Escape(warning.Message),
            }),
            .. OmittedWarnings > 0 ? [new[] { "omitted-warnings", Number(OmittedWarnings) }] : Array.Empty<string[]>(),
        ];

    /// <summary>The state the rows describe, or null when a row is damaged or the stamp is missing.</summary>
    public static BuildState? Parse(IReadOnlyList<string> rows)
    {
        string? stamp = null;
        var inputs = new List<BuildStateInput>();
        var artifacts = new List<BuildStateArtifact>();
        var warnings = new List<BuildDiagnostic>();
        var pythonModules = new HashSet<string>(StringComparer.Ordinal);
        var variables = new List<BuildStateVariable>();
        var stampParts = new List<BuildStampPart>();
        var omittedWarnings = 0;
        foreach (var row in rows)
        {
            var kind = row.Split('\t', 2)[0];
            var fields = row.Split('\t', kind switch { "input" => 3, "artifact" => 6, "env" => 3, "stamp-part" => 3, "warning" => WarningFields, _ => 2 });
            switch (kind)
            {
                case "stamp" when fields.Length == 2:
                    stamp = fields[1];
                    break;
                case "stamp-part" when fields.Length == 3:
                    stampParts.Add(new BuildStampPart(fields[2], fields[1]));
                    break;
                case "input" when fields.Length == 3 && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTime.MaxValue.Ticks:
                    inputs.Add(new BuildStateInput(fields[2], new DateTime(ticks, DateTimeKind.Utc)));
                    break;
                case "artifact" when fields.Length == 6 && BuildStateArtifact.KindNamed(fields[3]) is { } artifactKind:
                    artifacts.Add(new BuildStateArtifact(fields[5], fields[1], fields[2], artifactKind, fields[4]));
                    break;
                case "python-module" when fields.Length == 2:
                    pythonModules.Add(fields[1]);
                    break;
                case "env" when fields.Length == 3:
                    variables.Add(new BuildStateVariable(fields[2], fields[1] == UnsetValue ? null : fields[1]));
                    break;
                case "warning" when fields.Length == WarningFields && Numbers(fields[3..7]) is [var line, var column, var endLine, var endColumn]:
                    warnings.Add(new BuildDiagnostic(DiagnosticSeverity.Warning, NullIfEmpty(fields[1]), RecordFile.Unescape(fields[8]))
                    {
                        File = NullIfEmpty(fields[2]), Line = line, Column = column, EndLine = endLine, EndColumn = endColumn, HelpLink = NullIfEmpty(fields[7]),
                    });
                    break;
                case "omitted-warnings" when fields.Length == 2 && Numbers([fields[1]]) is [var omitted]:
                    omittedWarnings = omitted;
                    break;
                default:
                    return null;
            }
        }

        return stamp is null
            ? null
            : new BuildState(stamp, inputs, WithPythonModules(artifacts, pythonModules))
            {
                Warnings = warnings, Variables = variables, StampParts = stampParts, OmittedWarnings = omittedWarnings,
            };
    }

    // A loop, not LINQ: every no-op build parses its state, and each LINQ operator is a type the runtime loads.
    private static List<BuildStateArtifact> WithPythonModules(List<BuildStateArtifact> artifacts, HashSet<string> pythonModules)
    {
        for (var index = 0; index < artifacts.Count; index++)
        {
            if (pythonModules.Contains(artifacts[index].Path))
            {
                artifacts[index] = artifacts[index] with { IsPythonModule = true };
            }
        }

        return artifacts;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // The numbers, or null when one of them is not a number.
    private static int[]? Numbers(string[] fields)
    {
        var numbers = new int[fields.Length];
        for (var index = 0; index < fields.Length; index++)
        {
            if (!int.TryParse(fields[index], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[index]))
            {
                return null;
            }
        }

        return numbers;
    }

    private static string? NullIfEmpty(string field) => field.Length == 0 ? null : RecordFile.Unescape(field);
}
