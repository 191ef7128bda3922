using System.Text;

namespace CargoBuild.UpToDate;

/// <summary>
/// The plain-text format of what CargoBuild keeps in obj/ between builds: a header line naming the kind of record and
/// its format version, then one row a line, fields separated by tabs. Readers split a row with a field count, so that
/// the last field (a path, where there is one) may hold tabs. Reading it costs a no-op build far less than a JSON
/// serializer's first use.
/// </summary>
public static class RecordFile
{
    /// <summary>The rows; null when the file is missing, unreadable, or of another kind or format version.</summary>
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

        if (lines.Length == 0 || lines[0] != header)
        {
            return null;
        }

        return [.. lines.Skip(1).Where(line => line.Length > 0)];
    }

    /// <summary>Writes the rows; false when the folder cannot be written (the record is only a cache).</summary>
    public static bool Write(string path, string header, IEnumerable<IEnumerable<string>> rows)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllLines(path, [header, .. rows.Select(row => string.Join('\t', row))]);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
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
