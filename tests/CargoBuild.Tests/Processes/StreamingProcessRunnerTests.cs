using CargoBuild.Building;
using CargoBuild.Diagnostics;
using CargoBuild.Processes;

namespace CargoBuild.Tests.Processes;

/// <summary>Real processes writing what a broken or flooding cargo could write, through the runner and the reader.</summary>
public sealed class StreamingProcessRunnerTests
{
    [Fact]
    public void GarbageTruncatedJsonAndNonUtf8BytesBecomeDiagnosticsAndTextNotExceptions()
    {
        var script = "printf 'plain text\\n{\"reason\":\"compiler-message\",\"message\":{\"mess\\n\\377\\376 bytes\\n'; printf 'to stderr\\n' >&2; exit 3";
        var reported = new List<BuildDiagnostic>();
        var details = new List<string>();
        var stderr = new List<string>();
        var reader = new CargoBuildOutputReader(new RustcDiagnosticMapper("/w"), reported.Add, details.Add);

        var result = Run(script, line =>
        {
            if (line.IsStandardError)
            {
                stderr.Add(line.Text);
            }
            else
            {
                reader.ReadStandardOutput(line.Utf8.Span);
            }
        });

        Assert.Equal(new ProcessResult(3, false), result);
        Assert.Equal("CB1014", Assert.Single(reported).Code);
        Assert.Contains("plain text", details);
        Assert.Contains(details, detail => detail.EndsWith(" bytes", StringComparison.Ordinal) && detail.Contains('\uFFFD'));
        Assert.Equal(["to stderr"], stderr);
    }

    [Fact]
    public void FiftyMegabytesOfOutputStreamThrough()
    {
        var line = "{\"reason\":\"compiler-artifact\",\"package_id\":\"registry+https://x#a@1.0.0\",\"target\":{\"crate_types\":[\"lib\"]},\"filenames\":[\"/t/liba.rlib\"],\"fresh\":true}";
        var script = $"yes '{line}' | head -c 52428800";
        var lines = 0L;
        var bytes = 0L;
        var reader = new CargoBuildOutputReader(new RustcDiagnosticMapper("/w"), _ => { }, _ => { });

        var result = Run(script, output =>
        {
            lines++;
            bytes += output.Utf8.Length + 1;
            reader.ReadStandardOutput(output.Utf8.Span);
        });

        Assert.Equal(0, result.ExitCode);
        Assert.True(bytes >= 52_428_800 - line.Length, $"{bytes} bytes arrived");
        Assert.Empty(reader.Artifacts);
    }

    [Fact]
    public void CancellationEndsTheProcessTree()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        var result = new StreamingProcessRunner().Run("/bin/sh", ["-c", "sleep 60 & sleep 60; wait"], Path.GetTempPath(),
            new Dictionary<string, string?>(), _ => { }, cancellation.Token);

        Assert.True(result.WasCancelled);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AProgramThatCannotStartIsAResultThatSaysWhy(bool exists)
    {
        // A missing cargo, and a CargoPath naming a text file.
        var program = Path.Combine(Path.GetTempPath(), $"cargobuild-not-a-program-{Guid.NewGuid():N}");
        if (exists)
        {
            File.WriteAllText(program, "not a program");
        }

        var result = new StreamingProcessRunner().Run(program, [], Path.GetTempPath(), new Dictionary<string, string?>(), _ => { }, CancellationToken.None);

        Assert.False(result.WasCancelled);
        Assert.False(string.IsNullOrEmpty(result.StartFailure), $"{program} started: exit code {result.ExitCode}");
        File.Delete(program);
    }

    private static ProcessResult Run(string script, Action<OutputLine> onLine) =>
        new StreamingProcessRunner().Run("/bin/sh", ["-c", script], Path.GetTempPath(), new Dictionary<string, string?>(), onLine, CancellationToken.None);
}
