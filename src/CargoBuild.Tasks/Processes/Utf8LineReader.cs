namespace CargoBuild.Processes;

/// <summary>
/// Splits a stream into lines of raw bytes where <see cref="StreamReader.ReadLine"/> would (at \n, \r and \r\n; no
/// empty line after a final line break), without decoding them: cargo's JSON is read as UTF-8 bytes, so text that
/// nothing reads is never turned into strings.
/// </summary>
/// <remarks>
/// A line handed out is a slice of bytes that are never written again (reading only fills a buffer past them, then a
/// new buffer), so it may be kept or read on another thread while reading goes on; a line that outgrows the buffer
/// moves to a larger one.
/// </remarks>
internal static class Utf8LineReader
{
    public static void Read(Stream stream, int bufferSize, Action<ReadOnlyMemory<byte>> onLine)
    {
        var buffer = new byte[bufferSize];
        var start = 0;
        var end = 0;
        var skipLineFeed = false;
        while (true)
        {
            if (end == buffer.Length)
            {
                var partial = end - start;
                var next = new byte[Math.Max(bufferSize, partial * 2)];
                buffer.AsSpan(start, partial).CopyTo(next);
                (buffer, start, end) = (next, 0, partial);
            }

            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                break;
            }

            var scanFrom = end;
            end += read;
            if (skipLineFeed)
            {
                skipLineFeed = false;
                if (buffer[scanFrom] == '\n')
                {
                    start = ++scanFrom;
                }
            }

            while (buffer.AsSpan(scanFrom, end - scanFrom).IndexOfAny((byte)'\n', (byte)'\r') is var found and >= 0)
            {
                var lineEnd = scanFrom + found;
                onLine(new ReadOnlyMemory<byte>(buffer, start, lineEnd - start));
                scanFrom = lineEnd + 1;
                if (buffer[lineEnd] == '\r')
                {
                    if (scanFrom == end)
                    {
                        skipLineFeed = true;
                    }
                    else if (buffer[scanFrom] == '\n')
                    {
                        scanFrom++;
                    }
                }

                start = scanFrom;
            }
        }

        if (end > start)
        {
            onLine(new ReadOnlyMemory<byte>(buffer, start, end - start));
        }
    }
}
