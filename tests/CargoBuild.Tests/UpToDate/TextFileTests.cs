using System.Text;
using CargoBuild.Tests.Manifests;
using CargoBuild.UpToDate;

namespace CargoBuild.Tests.UpToDate;

/// <summary>What CargoBuild writes is UTF-8 without a byte order mark, with '\n' line ends, on every platform.</summary>
public sealed class TextFileTests : IDisposable
{
    private readonly TemporaryCrates files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void ARecordWithANonAsciiPathIsUtf8WithoutBomAndReadsBack()
    {
        var record = Path.Combine(files.Root, "obj", "crate.record");

        Assert.True(RecordFile.Write(record, "cargobuild test 1", [["file", "/w/crème brûlée/Cargo.toml"]]));

        var bytes = File.ReadAllBytes(record);
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        Assert.Equal(["cargobuild test 1", "file\t/w/crème brûlée/Cargo.toml"], lines[..2]);
        Assert.StartsWith("checksum\t", lines[2], StringComparison.Ordinal);
        Assert.Equal("", lines[3]);
        Assert.NotEqual([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal(["file\t/w/crème brûlée/Cargo.toml"], RecordFile.Read(record, "cargobuild test 1"));
    }

    [Fact]
    public void LinesEndInLineFeedsWithoutAByteOrderMark()
    {
        var list = Path.Combine(files.Root, "crate.inputs");

        TextFile.WriteLines(list, ["/w/ü/Cargo.toml", "/w/ü/src/lib.rs"]);

        Assert.Equal(Encoding.UTF8.GetBytes("/w/ü/Cargo.toml\n/w/ü/src/lib.rs\n"), File.ReadAllBytes(list));
    }
}
