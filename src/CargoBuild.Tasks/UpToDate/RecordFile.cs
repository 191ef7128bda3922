using System.Text;

namespace CargoBuild.UpToDate;

/// <summary>
/// The plain-text format of what CargoBuild keeps in obj/ between builds: a header line naming the kind of record and
/// its format version, then one row a line, fields separated by tabs. Readers split a row with a field count, so that
/// the last field (a path, where there is one) may hold tabs; a last line holds a checksum of the others, and a record
/// whose checksum does not hold is no record. Reading it costs a no-op build far less than a JSON serializer's first use.
/// </summary>
internal static class RecordFile
{
    /// <summary>The rows; null when the file is missing, unreadable, damaged, or of another kind or format version.</summary>
    public static IReadOnlyList<string>? Read(string path, string header)
    {
        string[] lines;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            lines = File.ReadAllLines(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (lines.Length < 2 || lines[0] != header || lines[^1] != ChecksumRow(lines[..^1]))
        {
            return null;
        }

        // A loop, not LINQ: every no-op build reads its records, and each LINQ operator is a type the runtime loads.
        var rows = new List<string>(lines.Length - 2);
        for (var index = 1; index < lines.Length - 1; index++)
        {
            if (lines[index].Length > 0)
            {
                rows.Add(lines[index]);
            }
        }

        return rows;
    }

    /// <summary>
    /// Writes the rows; false when the folder cannot be written (the record is only a cache). The file is written
    /// beside its place and then moved there, so that a build stopped half-way (or a full disk) never leaves a
    /// truncated record that reads as a complete one; an earlier record is then removed instead.
    /// </summary>
    public static bool Write(string path, string header, IEnumerable<IEnumerable<string>> rows)
    {
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            string[] lines = [header, .. rows.Select(row => string.Join('\t', row))];
            TextFile.WriteLines(partial, [.. lines, ChecksumRow(lines)]);
            File.Move(partial, path, overwrite: true);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(partial);
            TryDelete(path);
            return false;
        }
    }

    // The last line: a hash of the lines before it, so that a record that lost or changed a row reads as none.
    private static string ChecksumRow(string[] lines) => "checksum\t" + TextHash.Of(string.Join('\n', lines));

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; a stale record is voided by its own checks or the next successful write.
        }
    }

    /// <summary>Text for a field that may hold tabs or line breaks (a message): they become \t, \n and \r.</summary>
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    public static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var index = 0; index < field.Length; index++)
        {
            if (field[index] == '\\' && index + 1 < field.Length)
            {
                index++;
                text.Append(field[index] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', var other => other });
            }
            else
            {
                text.Append(field[index]);
            }
        }

        return text.ToString();
    }
}
