using System.Text.Json;

namespace CargoBuild.Building;

/// <summary>
/// The part of <c>cargo metadata --no-deps</c> CargoBuild needs: the root rustc's relative paths start from, and the
/// target folder the artifacts must be in (null when not asked).
/// </summary>
internal sealed record CargoWorkspaceMetadata(string WorkspaceRoot, string? TargetDirectory = null)
{
    public static CargoWorkspaceMetadata? TryParse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.TryGetProperty("workspace_root", out var workspaceRoot) && workspaceRoot.ValueKind == JsonValueKind.String)
            {
                var targetDirectory = root.TryGetProperty("target_directory", out var target) && target.ValueKind == JsonValueKind.String ? target.GetString() : null;
                return new CargoWorkspaceMetadata(workspaceRoot.GetString()!, targetDirectory);
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}
