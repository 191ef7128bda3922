namespace CargoBuild.IntegrationTests.Infrastructure;

/// <summary>
/// Packs CargoBuild once per test run into a local feed, under a version no earlier run used (NuGet caches packages
/// by version), and prepares a workspace whose nuget.config and .cargo/config.toml every consumer project shares.
/// </summary>
public sealed class PackagedCargoBuild : IDisposable
{
    public PackagedCargoBuild()
    {
        Root = Path.Combine(Path.GetTempPath(), "cargobuild-it", $"{DateTime.UtcNow:yyyyMMddHHmmss}-{Environment.ProcessId}");
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        Version = $"0.0.0-it.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

        var pack = DotNet.Build(RepositoryRootAttribute.Value, null, "pack",
            Path.Combine(RepositoryRootAttribute.Value, "src", "CargoBuild.Tasks", "CargoBuild.Tasks.csproj"),
            "-c", "Release", "-o", Feed, $"-p:Version={Version}");
        if (pack.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"Packing CargoBuild failed: {pack}");
        }

        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        // Consumers must not pick up the repository's build settings; an empty pair stops the upward search.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
        Directory.CreateDirectory(Path.Combine(Root, ".cargo"));
        File.WriteAllText(Path.Combine(Root, ".cargo", "config.toml"), $"""
            # No crates registry here: Debian's packaged crate sources stand in for crates.io.
            [source.crates-io]
            replace-with = "debian-packages"

            [source.debian-packages]
            directory = "{TestEnvironment.DebianCrateRegistry}"

            [net]
            offline = true
            """);
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string PackagePath => Path.Combine(Feed, $"CargoBuild.{Version}.nupkg");

    /// <summary>A fresh folder for one consumer, inside the prepared workspace.</summary>
    public ConsumerWorkspace CreateConsumer(string name) => new(this, Path.Combine(Root, name));

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("CARGOBUILD_KEEP_TEST_FILES") != "1")
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
