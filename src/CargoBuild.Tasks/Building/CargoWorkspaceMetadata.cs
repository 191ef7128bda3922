using System.Text.Json;

namespace CargoBuild.Building;

/// <summary>The part of <c>cargo metadata --no-deps</c> CargoBuild needs: the root rustc's relative paths start from.</summary>
public sealed record CargoWorkspaceMetadata(string WorkspaceRoot)
{
    public static CargoWorkspaceMetadata? TryParse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.TryGetProperty("workspace_root", out var workspaceRoot) && workspaceRoot.ValueKind == JsonValueKind.String)
            {
                return new CargoWorkspaceMetadata(workspaceRoot.GetString()!);
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}
