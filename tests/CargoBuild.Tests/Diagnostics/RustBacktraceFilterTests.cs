using CargoBuild.Diagnostics;
using CargoBuild.Tests.CargoMessages;

namespace CargoBuild.Tests.Diagnostics;

/// <summary>Backtraces told apart from what they explain, on real recorded stderr (Fixtures/cargo/record.sh).</summary>
public sealed class RustBacktraceFilterTests
{
    [Fact]
    public void RustupsErrorBacktraceIsSeparatedAndTheErrorIsWhatItSaysWithoutOne()
    {
        var filter = new RustBacktraceFilter();
        var lines = RecordedCargoOutput.StandardError("rustc-uninstalled-toolchain-backtrace-1");
        var kept = lines.Where(line => !filter.IsBacktrace(line) && line.Length > 0).ToList();

        Assert.Contains(lines, line => line == "Stack backtrace:");
        Assert.Equal(RecordedCargoOutput.StandardError("rustc-uninstalled-toolchain-backtrace-0").Where(line => line.Length > 0), kept);
        Assert.Contains("cargobuild-not-installed", Assert.Single(kept));
    }

    [Fact]
    public void LinesAfterABacktraceAreNotPartOfIt()
    {
        var filter = new RustBacktraceFilter();

        Assert.True(filter.IsBacktrace("stack backtrace:"));
        Assert.True(filter.IsBacktrace("   0: std::panicking::begin_panic"));
        Assert.True(filter.IsBacktrace("             at ./src/main.rs:3:5"));
        Assert.False(filter.IsBacktrace("warning: something else"));
        Assert.False(filter.IsBacktrace("   1: not a frame once the backtrace ended"));
    }
}
