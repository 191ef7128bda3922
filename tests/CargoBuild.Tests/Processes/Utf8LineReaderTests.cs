using System.Text;
using CargoBuild.Processes;
using CsCheck;

namespace CargoBuild.Tests.Processes;

public sealed class Utf8LineReaderTests
{
    // Line breaks of every kind, non-ASCII text and bytes that are not UTF-8, in pieces of any size.
    private static readonly Gen<byte[]> Output = Gen.OneOf(
        Gen.Const((byte)'\n'), Gen.Const((byte)'\r'), Gen.Byte[(byte)'a', (byte)'z'], Gen.Byte, Gen.Const((byte)'{')).Array[0, 300];

    [Fact]
    public void LinesAreWhatStreamReaderReadsWhateverTheChunksAndBufferSize()
    {
        Gen.Select(Output, Gen.Int[1, 17], Gen.Int[1, 40]).Sample((bytes, bufferSize, chunk) =>
        {
            var lines = new List<string>();
            Utf8LineReader.Read(new TrickleStream(bytes, chunk), bufferSize, line => lines.Add(Encoding.UTF8.GetString(line.Span)));

            Assert.Equal(StreamReaderLines(bytes), lines);
        }, iter: 2000);
    }

    [Fact]
    public void LinesHandedOutStayIntactWhileReadingGoesOn()
    {
        var text = string.Join("\n", Enumerable.Range(0, 200).Select(index => new string((char)('a' + (index % 26)), index * 7)));
        var kept = new List<ReadOnlyMemory<byte>>();

        Utf8LineReader.Read(new TrickleStream(Encoding.UTF8.GetBytes(text), 333), 64, kept.Add);

        Assert.Equal(text.Split('\n'), kept.Select(line => Encoding.UTF8.GetString(line.Span)));
    }

    private static List<string> StreamReaderLines(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>A pipe that hands over at most a few bytes a read, as a process's output can arrive.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }
}
