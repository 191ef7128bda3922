using System.ComponentModel;
using CliWrap;

namespace CargoBuild.Processes;

/// <summary>
/// Runs a process and hands its stdout and stderr lines, in arrival order, to one callback on the calling thread:
/// MSBuild logging stays on the task's thread while output streams as it is written, not at exit.
/// Cancellation kills the whole process tree at once: interrupting cargo alone would let it exit and orphan the
/// rustc processes and build scripts it started.
/// </summary>
/// <remarks>
/// Each stream is read by a plain blocking loop on a thread of its own, and lines cross to the calling thread in
/// batches (<see cref="LineQueue"/>). Reading line by line through asynchronous pipes and a channel ran dozens of
/// methods hot enough for the runtime to recompile them in the background while cargo ran, and a blocking collection
/// spun before each wait: CPU taken from rustc on a small machine. Lines stay bytes until something reads them as
/// text: cargo's JSON is parsed as UTF-8, never decoded to strings and encoded back.
/// </remarks>
internal sealed class StreamingProcessRunner : IProcessRunner
{
    private const int ReadBufferSize = 64 * 1024;

    public ProcessResult Run(
        string fileName,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        Action<OutputLine> onLine,
        CancellationToken cancellationToken)
    {
        var lines = new LineQueue();

        var command = Cli.Wrap(fileName)
            .WithArguments(arguments)
            .WithWorkingDirectory(workingDirectory)
            .WithEnvironmentVariables(environment)
            .WithValidation(CommandResultValidation.None)
            .WithStandardOutputPipe(LinesInto(lines, isStandardError: false))
            .WithStandardErrorPipe(LinesInto(lines, isStandardError: true));

        var execution = RunToCompletion(command, lines, cancellationToken);
        var batch = new List<OutputLine>();
        while (lines.TakeAll(ref batch))
        {
            foreach (var line in batch)
            {
                onLine(line);
            }

            batch.Clear();
        }

        return execution.GetAwaiter().GetResult();
    }

    // CliWrap waits for both readers before the command completes, so every line is queued before the queue closes.
    private static PipeTarget LinesInto(LineQueue lines, bool isStandardError) =>
        PipeTarget.Create((stream, _) => Task.Factory.StartNew(() => ReadLines(stream, lines, isStandardError), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default));

    // The stream ends when the process (or, after a cancellation, its tree) is gone.
    private static void ReadLines(Stream stream, LineQueue lines, bool isStandardError) =>
        Utf8LineReader.Read(stream, ReadBufferSize, line => lines.Add(new OutputLine(line, isStandardError)));

    private static async Task<ProcessResult> RunToCompletion(Command command, LineQueue lines, CancellationToken cancellationToken)
    {
        try
        {
            var result = await command.ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return new ProcessResult(result.ExitCode, false);
        }
        catch (OperationCanceledException)
        {
            return new ProcessResult(-1, true);
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException or IOException)
        {
            // What starting a program throws when there is none to run: each caller says what it means for its work.
            return ProcessResult.NotStarted(exception.Message);
        }
        finally
        {
            lines.Complete();
        }
    }
}
