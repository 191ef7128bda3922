namespace CargoBuild.CargoMessages;

/// <summary>One line of cargo's <c>--message-format=json</c> output.</summary>
internal abstract record CargoMessage;

/// <summary>A rustc diagnostic for one package's target.</summary>
internal sealed record CompilerMessage(string PackageId, string ManifestPath, CargoTarget Target, RustcDiagnostic Diagnostic) : CargoMessage;

/// <summary>
/// A unit cargo built (or found fresh), with the files it produced; <paramref name="Executable"/> is the program of a
/// bin (or example, test) target, null for any other.
/// </summary>
internal sealed record CompilerArtifact(string PackageId, string ManifestPath, CargoTarget Target, IReadOnlyList<string> Filenames, bool Fresh, string? Executable = null) : CargoMessage
{
    /// <summary>The features the unit was built with, as cargo resolved them.</summary>
    public IReadOnlyList<string> Features { get; init; } = [];
}

/// <summary>
/// A build script ran (or was reused), with the native libraries it asked rustc to link (<c>cargo:rustc-link-lib</c>:
/// <c>[KIND[:MODIFIERS]=]NAME[:RENAME]</c>) and the folders to search (<c>cargo:rustc-link-search</c>: <c>[KIND=]PATH</c>).
/// </summary>
internal sealed record BuildScriptExecuted(string PackageId, string? OutDir) : CargoMessage
{
    public IReadOnlyList<string> LinkedLibraries { get; init; } = [];

    public IReadOnlyList<string> LinkedPaths { get; init; } = [];
}

/// <summary>The last JSON message of a build.</summary>
internal sealed record BuildFinished(bool Success) : CargoMessage;

/// <summary>A JSON message with a reason this version does not know; cargo's format is forwards-compatible.</summary>
internal sealed record UnknownCargoMessage(string Reason) : CargoMessage;

/// <summary>A stdout line that is not a cargo JSON message (build script or tool output, or garbage).</summary>
internal sealed record NonJsonLine(string Text, string? ParseError) : CargoMessage;
