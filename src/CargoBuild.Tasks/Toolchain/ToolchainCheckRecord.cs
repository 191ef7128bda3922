using CargoBuild.UpToDate;

namespace CargoBuild.Toolchain;

/// <summary>
/// A passed toolchain check of one crate, kept in obj/ as a <see cref="RecordFile"/>. The next build reuses it,
/// without parsing manifests or asking rustc, while its key (the gate's settings, the toolchain's
/// <see cref="RustcFingerprint"/> and CargoBuild's own build) is the same and no workspace file it was decided from
/// changed, appeared or vanished. A failed check is never recorded: its errors show on every build.
/// </summary>
internal sealed record ToolchainCheckRecord(IReadOnlyList<KeyValuePair<string, string>> Metadata, string Summary)
{
    private const string Header = "cargobuild toolchain-check 1";

    /// <summary>The recorded check when it still holds; null when there is none or anything it depends on changed.</summary>
    public static ToolchainCheckRecord? ReadCurrent(string path, string key)
    {
        if (RecordFile.Read(path, Header) is not { Count: > 0 } rows || rows[0] != "key\t" + key)
        {
            return null;
        }

        var metadata = new List<KeyValuePair<string, string>>();
        string? summary = null;
        for (var index = 1; index < rows.Count; index++)
        {
            var row = rows[index];
            var fields = row.Split('\t', 3);
            switch (fields[0])
            {
                case "file" when fields.Length == 3:
                    if (fields[1] != WriteTime.Of(fields[2]))
                    {
                        return null;
                    }

                    break;
                case "metadata" when fields.Length == 3:
                    metadata.Add(new(fields[1], fields[2]));
                    break;
                case "summary" when fields.Length >= 2:
                    summary = row["summary\t".Length..];
                    break;
                default:
                    return null;
            }
        }

        return summary is null ? null : new ToolchainCheckRecord(metadata, summary);
    }

    /// <summary>Records a passed check; <paramref name="files"/> are the files it read, or would read if they existed.</summary>
    public void Write(string path, string key, IEnumerable<string> files) =>
        RecordFile.Write(path, Header,
        [
            ["key", key],
            .. files.Distinct(StringComparer.Ordinal).Select(file => new[] { "file", WriteTime.Of(file), file }),
            .. Metadata.Select(entry => new[] { "metadata", entry.Key, entry.Value }),
            ["summary", Summary],
        ]);

    /// <summary>The key of a check: everything besides the workspace files that decides its outcome.</summary>
    public static string KeyOf(ToolchainSettings settings, string manifestPath, string rustcFingerprint, string? targetTriple = null) =>
        TextHash.Of($"{settings}\n{manifestPath}\n{rustcFingerprint}\ntarget={targetTriple}\n{typeof(ToolchainCheckRecord).Assembly.ManifestModule.ModuleVersionId}");
}
