namespace CargoBuild.IntegrationTests.Infrastructure;

/// <summary>
/// An offline crate registry (a cargo directory source of Debian's packaged crates) holding one pyo3 release. build/test.sh
/// provides them and lists them in registries.tsv ("suite version folder" a line); the tests read the version a registry
/// holds, as sid and experimental move.
/// </summary>
public sealed record PyO3Registry(string Suite, string Version, string Directory)
{
    private static readonly Lazy<IReadOnlyList<PyO3Registry>> Registries = new(Load);

    public static IReadOnlyList<PyO3Registry> All => Registries.Value;

    /// <summary>The registry of a pyo3 minor version ("0.28").</summary>
    public static PyO3Registry ForMinor(string minor) =>
        All.SingleOrDefault(registry => registry.Version.StartsWith(minor + ".", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No registry with pyo3 {minor} in {ListPath}: run build/test.sh, which provides them.");

    public string Minor => string.Join('.', Version.Split('.').Take(2));

    /// <summary>The migration guide this pyo3 release ships (guide/src/migration.md).</summary>
    public string MigrationGuide => Path.Combine(Directory, $"pyo3-{Version}", "guide", "src", "migration.md");

    /// <summary>A .cargo/config.toml that makes this registry stand in for crates.io (cargo lets the innermost one win).</summary>
    public string CargoConfig => $"""
        [source.crates-io]
        replace-with = "{SourceName}"

        [source.{SourceName}]
        directory = "{Directory}"

        [net]
        offline = true
        """;

    // A bare TOML key: dots would make nested tables.
    private string SourceName => "pyo3-" + Version.Replace('.', '-');

    private static string ListPath =>
        Environment.GetEnvironmentVariable("CARGOBUILD_PYO3_REGISTRIES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetEnvironmentVariable("CARGOBUILD_TEST_CACHE") is { Length: > 0 } cache
                ? cache
                : Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
                    ? xdg
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "cargobuild-tests"),
                "pyo3", "registries.tsv");

    private static IReadOnlyList<PyO3Registry> Load()
    {
        if (!File.Exists(ListPath))
        {
            throw new InvalidOperationException($"{ListPath} is missing: run build/test.sh, which provides the pyo3 registries.");
        }

        return [.. File.ReadAllLines(ListPath).Where(line => line.Length > 0).Select(line => line.Split(' ', 3) switch
        {
            [var suite, var version, var directory] => new PyO3Registry(suite, version, directory),
            _ => throw new FormatException($"{ListPath}: '{line}' is not 'suite version folder'."),
        })];
    }
}
