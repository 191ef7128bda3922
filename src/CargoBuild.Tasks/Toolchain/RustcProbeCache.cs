using System.Text.Json;

namespace CargoBuild.Toolchain;

/// <summary>
/// `rustc -vV` answers kept in obj/ between builds, keyed by <see cref="RustcFingerprint"/>: a no-op build asks the
/// toolchain nothing (a rustup proxy start costs tens of milliseconds) unless something that picks it changed.
/// </summary>
public sealed class RustcProbeCache(string file)
{
    public RustcVersionInfo? Find(string fingerprint) =>
        Read().TryGetValue(fingerprint, out var output) ? RustcVersionInfo.Parse(output) : null;

    public void Store(string fingerprint, RustcVersionInfo info)
    {
        var entries = Read();
        entries[fingerprint] = $"release: {info.Release}\nhost: {info.Host}\ncommit-hash: {info.CommitHash ?? "unknown"}\n";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, JsonSerializer.Serialize(entries));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Only a cache: the next build asks rustc again.
        }
    }

    private Dictionary<string, string> Read()
    {
        try
        {
            return File.Exists(file) ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file)) ?? [] : [];
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
