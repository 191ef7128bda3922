using System.Text.RegularExpressions;
using CargoBuild.Diagnostics;
using CargoBuild.Manifests;
using CargoBuild.Versions;

namespace CargoBuild.Migrations;

/// <summary>
/// Reads a rule file (the built-in PyO3 migration rules, or a user's CargoDiagnosticRules). Every mistake in it is an
/// error at the file, line and column of the offending key (code CB3001); a file with mistakes contributes no rules.
/// Unknown keys are mistakes too: a misspelt "versions" would otherwise make a signal apply to every version.
/// </summary>
internal static class MigrationRuleFile
{
    public static readonly DiagnosticCode ErrorCode = DiagnosticCodes.RuleFileError;

    // Patterns run only on diagnostics that contain their required text; the timeout bounds a pathological one.
    // (The non-backtracking engine would bound it too, but costs ~10 ms and ~1.5 MB to construct per pattern.)
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private static readonly string[] TopLevelKeys = ["format", "guide"];
    private static readonly string[] GuideKeys = ["base", "hosted"];
    private static readonly string[] RuleKeys = ["id", "code", "title", "step", "package", "fix", "anchor", "guide", "url", "rustc-codes", "old-apis"];
    private static readonly string[] SignalKeys = ["from", "level", "versions", "message", "context", "confirmed", "requirement"];
    private static readonly string[] ExcludedKeys = ["anchor", "reason"];

    public static IReadOnlyList<MigrationRule> Load(string path, ICollection<BuildDiagnostic> diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new BuildDiagnostic(ErrorCode, $"The diagnostic rule file {path} could not be read: {exception.Message}") { File = path });
            return [];
        }

        return Parse(text, path, diagnostics);
    }

    public static IReadOnlyList<MigrationRule> Parse(string text, string path, ICollection<BuildDiagnostic> diagnostics)
    {
        var document = TomlDocument.Parse(text, path, ErrorCode, diagnostics);
        if (document is null)
        {
            return [];
        }

        var errors = new List<BuildDiagnostic>();
        UnknownKeys(document, TopLevelKeys, errors);
        UnknownKeys(document, GuideKeys, errors, "guide");
        if (document.Get("format") is { } format && format.Value is not 1L)
        {
            errors.Add(Error(document, format, "format must be 1, the only rule file format there is."));
        }

        foreach (var excluded in document.TableArray("excluded"))
        {
            UnknownKeys(excluded, ExcludedKeys, errors);
            Required(excluded, errors, "anchor");
            Required(excluded, errors, "reason");
        }

        var guide = ReadGuide(document, errors);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rules = new List<MigrationRule>();
        foreach (var table in document.TableArray("rule"))
        {
            if (table.Get("id")?.AsString is { } id && !ids.Add(id))
            {
                errors.Add(Error(table, table.Get("id"), $"Rule id '{id}' is already used by an earlier rule in this file."));
            }

            if (ReadRule(table, guide, errors) is { } rule)
            {
                rules.Add(rule);
            }
        }

        if (document.TableArray("rule").Count == 0)
        {
            errors.Add(new BuildDiagnostic(ErrorCode, $"{Path.GetFileName(path)} has no [[rule]] table.") { File = path, Line = 1, Column = 1 });
        }

        foreach (var error in errors)
        {
            diagnostics.Add(error);
        }

        return errors.Count == 0 ? rules : [];
    }

    private static GuideLinks? ReadGuide(TomlDocument document, List<BuildDiagnostic> errors)
    {
        if (!document.HasTable("guide"))
        {
            return null;
        }

        var baseUrl = Required(document, errors, "guide", "base");
        var hosted = document.Get("guide", "hosted");
        var versions = new List<CargoVersion>();
        foreach (var value in hosted?.Value as IReadOnlyList<object?> ?? [])
        {
            if (!CargoVersion.TryParse(value as string, out var version))
            {
                errors.Add(Error(document, hosted, $"[guide] hosted has \"{value}\", which is not a version."));
                continue;
            }

            versions.Add(version!);
        }

        return baseUrl is null ? null : new GuideLinks(baseUrl, [.. versions.Order()]);
    }

    private static MigrationRule? ReadRule(TomlDocument rule, GuideLinks? guide, List<BuildDiagnostic> errors)
    {
        var errorsBefore = errors.Count;
        UnknownKeys(rule, RuleKeys, errors);
        var id = Required(rule, errors, "id");
        var code = Required(rule, errors, "code");
        var title = Required(rule, errors, "title");
        var fix = Required(rule, errors, "fix");
        if (code is not null && !code.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add(Error(rule, rule.Get("code"), $"Rule code '{code}' must be letters and digits, like PY0901."));
        }

        var anchor = rule.Get("anchor")?.AsString;
        var url = rule.Get("url")?.AsString;
        var ranges = GuideRanges(rule, errors);
        if (anchor is null && url is null)
        {
            errors.Add(Error(rule, rule.Get("id"), $"Rule '{id}' needs an anchor (with guide ranges and a [guide] table) or a url."));
        }
        else if (anchor is not null && url is null && (guide is null || ranges.Count == 0))
        {
            errors.Add(Error(rule, rule.Get("anchor"), $"Rule '{id}' has an anchor but no guide = [[first, last]] ranges, or the file has no [guide] table; give a url instead."));
        }

        var step = rule.Get("step")?.AsString;
        var stepTo = step is null ? null : StepTarget(step);
        if (step is not null && stepTo is null)
        {
            errors.Add(Error(rule, rule.Get("step"), $"step = \"{step}\" must name two versions, like \"0.20 → 0.21\" or \"1.x → 2.0\"."));
        }

        var oldApis = Strings(rule, "old-apis", errors);
        var signals = rule.TableArray("signal").Select(signal => ReadSignal(signal, errors)).OfType<MigrationSignal>().ToList();
        if (errors.Count > errorsBefore)
        {
            return null;
        }

        return new MigrationRule(id!, code!, title!, fix!, rule.Get("package")?.AsString ?? "pyo3", signals)
        {
            Step = step,
            StepTo = stepTo,
            OldApis = oldApis,
            Anchor = anchor,
            GuideRanges = ranges,
            Url = url,
            Guide = guide,
        };
    }

    // "0.20 → 0.21" (or "1.x → 2.0"): the release that made the change is the second version.
    internal static CargoVersion? StepTarget(string step) =>
        step.Split('→') is [var from, var to] && CargoVersion.TryParse(Wildcard(from), out _) && CargoVersion.TryParse(Wildcard(to), out var target) ? target : null;

    private static string Wildcard(string version) => version.Trim().Replace(".x", "", StringComparison.Ordinal).Replace(".*", "", StringComparison.Ordinal);

    private static IReadOnlyList<string> Strings(TomlDocument table, string key, List<BuildDiagnostic> errors)
    {
        if (table.Get(key) is not { } entry)
        {
            return [];
        }

        if (entry.Value is IReadOnlyList<object?> values && values.All(value => value is string { Length: > 0 }))
        {
            return [.. values.Cast<string>()];
        }

        errors.Add(Error(table, entry, $"{key} must be a list of non-empty strings."));
        return [];
    }

    private static List<(CargoVersion, CargoVersion)> GuideRanges(TomlDocument rule, List<BuildDiagnostic> errors)
    {
        var ranges = new List<(CargoVersion, CargoVersion)>();
        var entry = rule.Get("guide");
        foreach (var range in entry?.Value as IReadOnlyList<object?> ?? [])
        {
            if (range is IReadOnlyList<object?> { Count: 2 } pair
                && CargoVersion.TryParse(pair[0] as string, out var first) && CargoVersion.TryParse(pair[1] as string, out var last))
            {
                ranges.Add((first!, last!));
            }
            else
            {
                errors.Add(Error(rule, entry, "guide must be a list of [first, last] version pairs, like [[\"0.9.0\", \"0.29.2\"]]."));
            }
        }

        return ranges;
    }

    private static MigrationSignal? ReadSignal(TomlDocument signal, List<BuildDiagnostic> errors)
    {
        var errorsBefore = errors.Count;
        UnknownKeys(signal, SignalKeys, errors);
        var source = signal.Get("from")?.AsString ?? "rustc";
        var parsedSource = source switch
        {
            "rustc" => SignalSource.Rustc,
            "cargo" => SignalSource.Cargo,
            "runtime" => SignalSource.Runtime,
            _ => (SignalSource?)null,
        };
        if (parsedSource is null)
        {
            errors.Add(Error(signal, signal.Get("from"), $"from = \"{source}\" must be \"rustc\", \"cargo\" or \"runtime\"."));
        }

        var level = signal.Get("level")?.AsString ?? "error";
        if (level is not ("error" or "warning"))
        {
            errors.Add(Error(signal, signal.Get("level"), $"level = \"{level}\" must be \"error\" or \"warning\"."));
        }

        VersionRequirement? versions = null;
        if (signal.Get("versions") is { } versionsEntry
            && !VersionRequirement.TryParse(versionsEntry.AsString, out versions, out var versionError))
        {
            errors.Add(Error(signal, versionsEntry, $"versions: {versionError}."));
        }

        var message = Pattern(signal, "message", errors);
        var context = Pattern(signal, "context", errors);
        if (message is null && context is null && parsedSource != SignalSource.Runtime && errors.Count == errorsBefore)
        {
            errors.Add(Error(signal, signal.Get("from") ?? signal.Get("level"), "A signal needs a message or a context pattern."));
        }

        return errors.Count > errorsBefore
            ? null
            : NewSignal(parsedSource!.Value, level == "warning" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, versions, message, context,
                signal.Get("confirmed")?.AsString, signal.Get("requirement")?.IsTrue ?? false);
    }

    /// <summary>A signal with the text its patterns require, which the literal prefilter looks for before they run.</summary>
    internal static MigrationSignal NewSignal(SignalSource source, DiagnosticSeverity level, VersionRequirement? versions, Regex? message, Regex? context,
        string? confirmed, bool isRequirement) =>
        new(source, level, versions, message, context)
        {
            Confirmed = confirmed,
            IsRequirement = isRequirement,
            RequiredLiterals = message is null ? null : RequiredLiterals.Of(message.ToString()),
            RequiredContextLiterals = context is null ? null : RequiredLiterals.Of(context.ToString()),
        };

    private static Regex? Pattern(TomlDocument table, string key, List<BuildDiagnostic> errors)
    {
        if (table.Get(key) is not { AsString: { } pattern } entry)
        {
            return null;
        }

        try
        {
            return NewPattern(pattern);
        }
        catch (ArgumentException exception)
        {
            errors.Add(Error(table, entry, $"{key} is not a valid regular expression: {exception.Message}"));
            return null;
        }
    }

    /// <summary>A signal's pattern as every rule has it; throws <see cref="ArgumentException"/> when it is not one.</summary>
    internal static Regex NewPattern(string pattern) => new(pattern, RegexOptions.CultureInvariant, MatchTimeout);

    private static void UnknownKeys(TomlDocument table, string[] known, List<BuildDiagnostic> errors, params string[] under)
    {
        foreach (var key in table.ChildrenOf(under).Where(key => !known.Contains(key, StringComparer.Ordinal)))
        {
            var name = string.Join(".", [.. under, key]);
            errors.Add(Error(table, table.Get([.. under, key]) ?? FirstEntryBelow(table, [.. under, key]), $"Unknown key '{name}'; expected one of: {string.Join(", ", known)}."));
        }
    }

    // A dotted key ("message.text = ...") has entries only below its name.
    private static TomlEntry? FirstEntryBelow(TomlDocument table, string[] path) =>
        table.ChildrenOf(path).Select(child => table.Get([.. path, child])).FirstOrDefault(entry => entry is not null);

    private static string? Required(TomlDocument table, List<BuildDiagnostic> errors, params string[] key)
    {
        var value = table.Get(key)?.AsString;
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new BuildDiagnostic(ErrorCode, $"'{string.Join(".", key)}' is missing or empty.") { File = table.Path, Line = FirstLine(table), Column = 1 });
            return null;
        }

        return value;
    }

    private static int FirstLine(TomlDocument table) => table.Entries.Select(entry => entry.Line).DefaultIfEmpty(0).Min();

    private static BuildDiagnostic Error(TomlDocument table, TomlEntry? at, string message) =>
        new(ErrorCode, message) { File = table.Path, Line = at?.Line ?? FirstLine(table), Column = at?.Column ?? 1 };
}
