using System.Text.Json.Serialization;

namespace CargoBuild.CargoMessages;

// Wire shapes of cargo's and rustc's JSON. Every field is optional: the format is forwards-compatible
// and a garbled line must degrade into a clear error, never an exception.
internal sealed class CargoMessageJson
{
    [JsonPropertyName("reason")] public string? Reason { get; set; }
    [JsonPropertyName("package_id")] public string? PackageId { get; set; }
    [JsonPropertyName("manifest_path")] public string? ManifestPath { get; set; }
    [JsonPropertyName("target")] public CargoTargetJson? Target { get; set; }
    [JsonPropertyName("message")] public RustcDiagnosticJson? Message { get; set; }
    [JsonPropertyName("filenames")] public List<string>? Filenames { get; set; }
    [JsonPropertyName("fresh")] public bool Fresh { get; set; }
    [JsonPropertyName("out_dir")] public string? OutDir { get; set; }
    [JsonPropertyName("success")] public bool Success { get; set; }
}

internal sealed class CargoTargetJson
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("kind")] public List<string>? Kind { get; set; }
    [JsonPropertyName("crate_types")] public List<string>? CrateTypes { get; set; }
    [JsonPropertyName("src_path")] public string? SourcePath { get; set; }
}

internal sealed class RustcDiagnosticJson
{
    [JsonPropertyName("message")] public string? Message { get; set; }
    [JsonPropertyName("code")] public RustcCodeJson? Code { get; set; }
    [JsonPropertyName("level")] public string? Level { get; set; }
    [JsonPropertyName("spans")] public List<RustcSpanJson>? Spans { get; set; }
    [JsonPropertyName("children")] public List<RustcDiagnosticJson>? Children { get; set; }
    [JsonPropertyName("rendered")] public string? Rendered { get; set; }
}

internal sealed class RustcCodeJson
{
    [JsonPropertyName("code")] public string? Code { get; set; }
}

internal sealed class RustcSpanJson
{
    [JsonPropertyName("file_name")] public string? FileName { get; set; }
    [JsonPropertyName("line_start")] public int LineStart { get; set; }
    [JsonPropertyName("line_end")] public int LineEnd { get; set; }
    [JsonPropertyName("column_start")] public int ColumnStart { get; set; }
    [JsonPropertyName("column_end")] public int ColumnEnd { get; set; }
    [JsonPropertyName("is_primary")] public bool IsPrimary { get; set; }
    [JsonPropertyName("label")] public string? Label { get; set; }
    [JsonPropertyName("suggested_replacement")] public string? SuggestedReplacement { get; set; }
    [JsonPropertyName("expansion")] public RustcExpansionJson? Expansion { get; set; }
}

internal sealed class RustcExpansionJson
{
    [JsonPropertyName("span")] public RustcSpanJson? Span { get; set; }
    [JsonPropertyName("macro_decl_name")] public string? MacroDeclName { get; set; }
}

[JsonSourceGenerationOptions(MaxDepth = 256)]
[JsonSerializable(typeof(CargoMessageJson))]
internal sealed partial class CargoMessageJsonContext : JsonSerializerContext;
