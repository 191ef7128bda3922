using System.Globalization;
using CargoBuild.Diagnostics;
using CargoBuild.UpToDate;
using CargoBuild.Versions;

namespace CargoBuild.Migrations;

/// <summary>
/// A build's rules, kept in obj/ as a <see cref="RecordFile"/> once their files loaded without a mistake: the next
/// build that runs cargo reads them back instead of parsing the TOML again, which costs 20–50 ms of CPU (more in a fresh
/// MSBuild process) while rustc needs it. The key is each file's path, size and write time, and CargoBuild's own
/// build; a file with mistakes is never recorded, so its errors show on every build. Each row is a rule, a signal or
/// one item of the list of the rule above it; what the reader derives as the file's reader does (a step's release, the
/// text a pattern requires) is not recorded. A row the reader does not expect makes the record no record.
/// </summary>
internal static class RuleSetRecord
{
    private const string Header = "cargobuild rule-set 1";

    // Escaped text never reads \N: a backslash in the text is doubled.
    private const string Null = "\\N";

    public static string KeyOf(IReadOnlyList<string> paths)
    {
        var files = new List<string> { typeof(RuleSetRecord).Assembly.ManifestModule.ModuleVersionId.ToString() };
        foreach (var path in paths)
        {
            var file = new FileInfo(path);
            files.Add(file.Exists ? $"{path}\t{file.Length}\t{file.LastWriteTimeUtc.Ticks}" : $"{path}\tabsent");
        }

        return TextHash.Of(string.Join('\n', files));
    }

    /// <summary>The recorded rules while the key holds; null when there is no record or it is not for these files.</summary>
    public static IReadOnlyList<MigrationRule>? Read(string path, string key)
    {
        if (RecordFile.Read(path, Header) is not { Count: > 0 } rows || rows[0] != "key\t" + key)
        {
            return null;
        }

        try
        {
            return Rules(rows);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    public static void Write(string path, string key, IReadOnlyList<MigrationRule> rules)
    {
        var guides = new List<GuideLinks>();
        var rows = new List<string[]> { new[] { "key", key } };
        foreach (var rule in rules)
        {
            var guide = rule.Guide is null ? -1 : guides.IndexOf(rule.Guide);
            if (rule.Guide is not null && guide < 0)
            {
                guide = guides.Count;
                guides.Add(rule.Guide);
                rows.Add(["guide", Field(rule.Guide.BaseUrl), string.Join(',', rule.Guide.Hosted)]);
            }

            rows.Add(["rule", guide.ToString(CultureInfo.InvariantCulture), Field(rule.Id), Field(rule.Code), Field(rule.Title),
                Field(rule.Fix), Field(rule.Package), Field(rule.Step), Field(rule.Anchor), Field(rule.Url)]);
            rows.AddRange(rule.OldApis.Select(api => new[] { "old-api", Field(api) }));
            rows.AddRange(rule.GuideRanges.Select(range => new[] { "range", range.First.ToString(), range.Last.ToString() }));
            foreach (var signal in rule.Signals)
            {
                rows.Add(["signal", signal.Source.ToString(), signal.Level.ToString(), Field(signal.Versions?.ToString()), Field(signal.Message?.ToString()),
                    Field(signal.Context?.ToString()), Field(signal.Confirmed), signal.IsRequirement ? "1" : "0"]);
            }
        }

        RecordFile.Write(path, Header, rows);
    }

    private static List<MigrationRule> Rules(IReadOnlyList<string> rows)
    {
        var guides = new List<GuideLinks>();
        var rules = new List<MigrationRule>();
        string[]? rule = null, signal = null;
        var oldApis = new List<string>();
        var ranges = new List<(CargoVersion, CargoVersion)>();
        var signals = new List<MigrationSignal>();

        void EndSignal()
        {
            if (signal is not null)
            {
                if (!Enum.TryParse<SignalSource>(signal[1], out var source) || !Enum.TryParse<DiagnosticSeverity>(signal[2], out var level))
                {
                    throw new FormatException("A signal's source or level is not one.");
                }

                VersionRequirement? versions = null;
                if (Text(signal[3]) is { } requirement && !VersionRequirement.TryParse(requirement, out versions, out _))
                {
                    throw new FormatException("A signal's versions are not a requirement.");
                }

                signals.Add(MigrationRuleFile.NewSignal(source, level, versions, Pattern(signal[4]), Pattern(signal[5]), Text(signal[6]), signal[7] == "1"));
            }

            signal = null;
        }

        void EndRule()
        {
            EndSignal();
            if (rule is not null)
            {
                var guide = int.Parse(rule[1], CultureInfo.InvariantCulture);
                var step = Text(rule[7]);
                rules.Add(new MigrationRule(Required(rule[2]), Required(rule[3]), Required(rule[4]), Required(rule[5]), Required(rule[6]), [.. signals])
                {
                    Step = step,
                    StepTo = step is null ? null : MigrationRuleFile.StepTarget(step) ?? throw new FormatException("A step names no release."),
                    Anchor = Text(rule[8]),
                    Url = Text(rule[9]),
                    OldApis = [.. oldApis],
                    GuideRanges = [.. ranges],
                    Guide = guide < 0 ? null : guides[guide],
                });
            }

            (rule, signal) = (null, null);
            oldApis.Clear();
            ranges.Clear();
            signals.Clear();
        }

        for (var index = 1; index < rows.Count; index++)
        {
            var fields = rows[index].Split('\t');
            switch (fields[0])
            {
                // A file's guide comes before its first rule, which names it by its place in the record.
                case "guide" when fields.Length == 3:
                    guides.Add(new GuideLinks(Required(fields[1]), [.. fields[2].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(CargoVersion.Parse)]));
                    break;
                case "rule" when fields.Length == 10:
                    EndRule();
                    rule = fields;
                    break;
                case "old-api" when fields.Length == 2 && rule is not null && signal is null:
                    oldApis.Add(Required(fields[1]));
                    break;
                case "range" when fields.Length == 3 && rule is not null && signal is null:
                    ranges.Add((CargoVersion.Parse(fields[1]), CargoVersion.Parse(fields[2])));
                    break;
                case "signal" when fields.Length == 8 && rule is not null:
                    EndSignal();
                    signal = fields;
                    break;
                default:
                    throw new FormatException($"Unexpected row '{fields[0]}'.");
            }
        }

        EndRule();
        return rules;
    }

    private static string Field(string? text) => text is null ? Null : RecordFile.Escape(text);

    private static string? Text(string field) => field == Null ? null : RecordFile.Unescape(field);

    private static string Required(string field) => Text(field) ?? throw new FormatException("A required field is empty.");

    private static System.Text.RegularExpressions.Regex? Pattern(string field) => Text(field) is { } pattern ? MigrationRuleFile.NewPattern(pattern) : null;
}
