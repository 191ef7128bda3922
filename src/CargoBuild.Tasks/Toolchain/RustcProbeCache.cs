using CargoBuild.UpToDate;

namespace CargoBuild.Toolchain;

/// <summary>
/// `rustc -vV` answers kept in obj/ between builds, keyed by <see cref="RustcFingerprint"/>: a no-op build asks the
/// toolchain nothing (a rustup proxy start costs tens of milliseconds) unless something that picks it changed.
/// </summary>
internal sealed class RustcProbeCache(string file)
{
    private const string Header = "cargobuild rustc-probes 2";

    public RustcVersionInfo? Find(string fingerprint)
    {
        var key = TextHash.Of(fingerprint);
        return Read().TryGetValue(key, out var answer) ? RustcVersionInfo.Parse(answer) : null;
    }

    /// <summary>Keeps the answer; a folder that cannot be written only means rustc is asked again next time.</summary>
    public void Store(string fingerprint, RustcVersionInfo info)
    {
        var entries = Read();
        entries[TextHash.Of(fingerprint)] = $"release: {info.Release}\nhost: {info.Host}\ncommit-hash: {info.CommitHash ?? "unknown"}\n";
        RecordFile.Write(file, Header, entries.Select(entry => new[] { entry.Key, RecordFile.Escape(entry.Value) }));
    }

    /// <summary>The sysroot kept for <paramref name="fingerprint"/>, asked only by builds for another target than the host.</summary>
    public string? FindSysroot(string fingerprint) =>
        Read().TryGetValue(SysrootKey(fingerprint), out var sysroot) ? sysroot : null;

    public void StoreSysroot(string fingerprint, string sysroot)
    {
        var entries = Read();
        entries[SysrootKey(fingerprint)] = sysroot;
        RecordFile.Write(file, Header, entries.Select(entry => new[] { entry.Key, RecordFile.Escape(entry.Value) }));
    }

    private static string SysrootKey(string fingerprint) => "sysroot-" + TextHash.Of(fingerprint);

    private Dictionary<string, string> Read()
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in RecordFile.Read(file, Header) ?? [])
        {
            var fields = row.Split('\t', 2);
            if (fields.Length == 2)
            {
                entries[fields[0]] = RecordFile.Unescape(fields[1]);
            }
        }

        return entries;
    }
}
