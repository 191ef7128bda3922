using System.Diagnostics;

namespace CargoBuild.IntegrationTests.Infrastructure;

/// <summary>
/// A command that runs until it is stopped (<c>dotnet watch</c>), started like <see cref="DotNet.RunProcess"/>, whose
/// output lines a test waits for. Disposing it kills its whole process tree (dotnet watch, dotnet run, the app).
/// </summary>
public sealed class WatchedProcess : IDisposable
{
    private readonly Process process;
    private readonly List<string> lines = [];
    private int openStreams = 2;

    public WatchedProcess(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        CommandLine = $"dotnet {string.Join(' ', arguments)}";
        process = new Process { StartInfo = DotNet.StartInfo("dotnet", workingDirectory, environment, arguments) };
        process.OutputDataReceived += (_, line) => Receive(line.Data);
        process.ErrorDataReceived += (_, line) => Receive(line.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string CommandLine { get; }

    public string Output
    {
        get
        {
            lock (lines)
            {
                return string.Join(Environment.NewLine, lines);
            }
        }
    }

    /// <summary>
    /// Waits for the first line at or after <paramref name="from"/> that matches and returns its index; fails with the
    /// output so far when none came within <paramref name="timeout"/> or the command ended without one.
    /// </summary>
    public int WaitForLine(Func<string, bool> matches, TimeSpan timeout, string waitingFor, int from = 0)
    {
        var deadline = DateTime.UtcNow + timeout;
        lock (lines)
        {
            for (var next = from; ; )
            {
                for (; next < lines.Count; next++)
                {
                    if (matches(lines[next]))
                    {
                        return next;
                    }
                }

                var left = deadline - DateTime.UtcNow;
                if (openStreams == 0 || left <= TimeSpan.Zero)
                {
                    var why = openStreams == 0 ? "the command ended" : $"nothing in {timeout.TotalSeconds:0} s";
                    throw new TimeoutException($"{CommandLine}: waited for {waitingFor}, {why}:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
                }

                Monitor.Wait(lines, left);
            }
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit(TimeSpan.FromMinutes(1));
        process.Dispose();
    }

    private void Receive(string? line)
    {
        lock (lines)
        {
            if (line is null)
            {
                openStreams--;
            }
            else
            {
                lines.Add(line);
            }

            Monitor.PulseAll(lines);
        }
    }
}
