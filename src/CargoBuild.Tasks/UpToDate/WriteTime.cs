using System.Globalization;

namespace CargoBuild.UpToDate;

/// <summary>
/// A file's or folder's last write time as text for a record or fingerprint, or "absent": a file that appears counts
/// as a change as much as one that is edited or removed.
/// </summary>
internal static class WriteTime
{
    public static string Of(string path)
    {
        var written = File.Exists(path) ? File.GetLastWriteTimeUtc(path)
            : Directory.Exists(path) ? Directory.GetLastWriteTimeUtc(path)
            : (DateTime?)null;
        return written?.Ticks.ToString(CultureInfo.InvariantCulture) ?? "absent";
    }
}
