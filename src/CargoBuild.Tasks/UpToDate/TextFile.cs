using System.Text;

namespace CargoBuild.UpToDate;

/// <summary>
/// How CargoBuild writes every text file of its own (records and lists in obj/, the static-library probe's source):
/// UTF-8 without a byte order mark and '\n' line ends, the same on every platform, so that a path with non-ASCII
/// characters reads back as written by this assembly, by MSBuild's ReadLinesFromFile and by rustc.
/// </summary>
internal static class TextFile
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteLines(string path, IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        Write(path, text.ToString());
    }

    public static void Write(string path, string text) => File.WriteAllText(path, text, Utf8WithoutBom);
}
