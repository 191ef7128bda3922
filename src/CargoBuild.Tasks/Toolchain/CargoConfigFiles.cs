using CargoBuild.Diagnostics;
using CargoBuild.Manifests;

namespace CargoBuild.Toolchain;

/// <summary>
/// The .cargo/config(.toml) files cargo reads when it runs in a crate's folder, most specific first: that folder and
/// each one above it, then CARGO_HOME. A file is parsed only when its text holds the word a caller looks for, so that
/// a no-op build pays for a read, not for a TOML parse.
/// </summary>
internal sealed class CargoConfigFiles
{
    private readonly IReadOnlyList<string> paths;
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TomlDocument?> parsed = new(StringComparer.Ordinal);

    private CargoConfigFiles(IReadOnlyList<string> paths) => this.paths = paths;

    /// <summary>The files that exist, most specific first.</summary>
    public IReadOnlyList<string> Paths => paths;

    public static CargoConfigFiles For(string crateDirectory, string? cargoHome)
    {
        var found = new List<string>();
        void AddFrom(string directory)
        {
            // cargo reads the file without extension when both exist.
            var legacy = Path.Combine(directory, "config");
            var file = File.Exists(legacy) ? legacy : Path.Combine(directory, "config.toml");
            if (File.Exists(file) && !found.Contains(file))
            {
                found.Add(file);
            }
        }

        for (var directory = crateDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            AddFrom(Path.Combine(directory, ".cargo"));
        }

        if (!string.IsNullOrEmpty(cargoHome))
        {
            AddFrom(Path.GetFullPath(cargoHome!));
        }

        return new CargoConfigFiles(found);
    }

    /// <summary>
    /// The value of <paramref name="key"/> in the most specific file that sets it, and that file; null when none does.
    /// <paramref name="word"/> is a text every such file must contain (the key's last part).
    /// </summary>
    // Plain loops: every no-op build runs this, and each generic instantiation would be JIT-compiled for it.
    public TomlEntry? Find(string word, string[] key, out string? file)
    {
        for (var index = 0; index < paths.Count; index++)
        {
            if (Document(paths[index], word)?.Get(key) is { } entry)
            {
                file = paths[index];
                return entry;
            }
        }

        file = null;
        return null;
    }

    /// <summary>The files whose text holds <paramref name="word"/>, parsed, most specific first.</summary>
    public IEnumerable<(string File, TomlDocument Document)> DocumentsWith(string word)
    {
        foreach (var path in paths)
        {
            if (Document(path, word) is { } document)
            {
                yield return (path, document);
            }
        }
    }

    /// <summary>
    /// A path cargo read from a config file, resolved as cargo does: a bare name is looked up on PATH (returned as
    /// is), a relative path is relative to the folder that holds the .cargo folder.
    /// </summary>
    public static string ResolveConfigPath(string configFile, string value)
    {
        if (value.IndexOfAny(['/', '\\']) < 0)
        {
            return value;
        }

        var configDirectory = Path.GetDirectoryName(configFile)!;
        return Path.GetFullPath(value, Path.GetDirectoryName(configDirectory) ?? configDirectory);
    }

    private TomlDocument? Document(string path, string word)
    {
        if (!texts.TryGetValue(path, out var text))
        {
            try
            {
                text = File.ReadAllText(path);
            }
            catch (IOException)
            {
                text = "";
            }

            texts[path] = text;
        }

        if (!text.Contains(word, StringComparison.Ordinal))
        {
            return null;
        }

        if (!parsed.TryGetValue(path, out var document))
        {
            // A malformed config is cargo's to report, in its own words, when it runs.
            parsed[path] = document = TomlDocument.Parse(text, path, DiagnosticCodes.MalformedManifest, new List<BuildDiagnostic>());
        }

        return document;
    }
}
