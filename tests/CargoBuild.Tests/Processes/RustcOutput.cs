using System.Diagnostics;

namespace CargoBuild.Tests.Processes;

/// <summary>Runs the real rustc for tests that ask it something directly.</summary>
internal static class RustcOutput
{
    public static IReadOnlySet<string> Lines(string rustc, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(rustc) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
    }
}
