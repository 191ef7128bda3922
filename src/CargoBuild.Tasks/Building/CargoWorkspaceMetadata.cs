using System.Text.Json;

namespace CargoBuild.Building;

/// <summary>The parts of <c>cargo metadata --no-deps</c> CargoBuild needs.</summary>
public sealed record CargoWorkspaceMetadata(string WorkspaceRoot, string TargetDirectory)
{
    public static CargoWorkspaceMetadata? TryParse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.TryGetProperty("workspace_root", out var workspaceRoot) && workspaceRoot.ValueKind == JsonValueKind.String
                && root.TryGetProperty("target_directory", out var targetDirectory) && targetDirectory.ValueKind == JsonValueKind.String)
            {
                return new CargoWorkspaceMetadata(workspaceRoot.GetString()!, targetDirectory.GetString()!);
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}
