namespace CargoBuild.Building;

/// <summary>What one cargo invocation builds, as the user configured it on a CargoCrate item and properties.</summary>
internal sealed record CargoBuildSettings(string ManifestPath, string Profile)
{
    public IReadOnlyList<string> Features { get; init; } = [];
    public bool NoDefaultFeatures { get; init; }
    public IReadOnlyList<string> Packages { get; init; } = [];
    public string? TargetTriple { get; init; }
    public string? TargetDirectory { get; init; }
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];
    public bool Offline { get; init; }
    public bool Locked { get; init; }

    /// <summary>Environment variables set for cargo (and so for rustc and build scripts), over the build's own.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>A variable as cargo sees it: set for cargo, else the build's own.</summary>
    public string? VariableForCargo(string name) => Environment.TryGetValue(name, out var value) ? value : System.Environment.GetEnvironmentVariable(name);
}
