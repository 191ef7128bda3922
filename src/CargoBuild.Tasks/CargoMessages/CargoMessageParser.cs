using System.Text.Json;

namespace CargoBuild.CargoMessages;

/// <summary>
/// Turns one stdout line of <c>cargo build --message-format=json</c> into a <see cref="CargoMessage"/>.
/// Cargo interleaves build-script and tool output with its JSON, so only lines that start with '{' are JSON;
/// anything else (or JSON that does not parse) comes back as <see cref="NonJsonLine"/>.
/// </summary>
public static class CargoMessageParser
{
    public static CargoMessage Parse(string line)
    {
        var trimmed = line.AsSpan().TrimStart();
        if (trimmed.Length == 0 || trimmed[0] != '{')
        {
            return new NonJsonLine(line, null);
        }

        CargoMessageJson? json;
        try
        {
            json = JsonSerializer.Deserialize(line, CargoMessageJsonContext.Default.CargoMessageJson);
        }
        catch (JsonException exception)
        {
            return new NonJsonLine(line, exception.Message);
        }

        if (json?.Reason is not { } reason)
        {
            return new NonJsonLine(line, "the JSON object has no \"reason\"");
        }

        var target = ToTarget(json.Target);
        return reason switch
        {
            "compiler-message" when json.Message is not null => new CompilerMessage(
                json.PackageId ?? "", json.ManifestPath ?? "", target, ToDiagnostic(json.Message)),
            "compiler-artifact" => new CompilerArtifact(
                json.PackageId ?? "", json.ManifestPath ?? "", target, json.Filenames ?? [], json.Fresh),
            "build-script-executed" => new BuildScriptExecuted(json.PackageId ?? "", json.OutDir),
            "build-finished" => new BuildFinished(json.Success),
            _ => new UnknownCargoMessage(reason),
        };
    }

    private static CargoTarget ToTarget(CargoTargetJson? target) =>
        new(target?.Name ?? "", target?.Kind ?? [], target?.CrateTypes ?? [], target?.SourcePath);

    private static RustcDiagnostic ToDiagnostic(RustcDiagnosticJson json) => new(
        json.Message ?? "",
        string.IsNullOrEmpty(json.Code?.Code) ? null : json.Code!.Code,
        json.Level ?? "error",
        json.Spans?.Select(ToSpan).ToArray() ?? [],
        json.Children?.Select(ToDiagnostic).ToArray() ?? [],
        json.Rendered);

    private static RustcSpan ToSpan(RustcSpanJson json) => new(
        json.FileName ?? "",
        json.LineStart,
        json.LineEnd,
        json.ColumnStart,
        json.ColumnEnd,
        json.IsPrimary,
        string.IsNullOrEmpty(json.Label) ? null : json.Label,
        json.SuggestedReplacement,
        json.Expansion?.Span is { } span ? new RustcExpansion(ToSpan(span), json.Expansion.MacroDeclName ?? "") : null);
}
