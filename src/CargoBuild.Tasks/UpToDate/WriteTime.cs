using System.Globalization;

namespace CargoBuild.UpToDate;

/// <summary>
/// A file's or folder's last write time as text for a record or fingerprint, or "absent": a file that appears counts
/// as a change as much as one that is edited or removed.
/// </summary>
internal static class WriteTime
{
    /// <summary>What the runtime gives for a path that does not exist: one file system call answers both questions.</summary>
    public static readonly DateTime Absent = DateTime.FromFileTimeUtc(0);

    public static string Of(string path)
    {
        var written = File.GetLastWriteTimeUtc(path);
        return written == Absent ? "absent" : written.Ticks.ToString(CultureInfo.InvariantCulture);
    }
}
