using System.ComponentModel;
using System.Text;
using System.Threading.Channels;
using CliWrap;

namespace CargoBuild.Processes;

/// <summary>
/// Runs a process and hands its stdout and stderr lines, in arrival order, to one callback on the calling thread:
/// MSBuild logging stays on the task's thread while output streams as it is written, not at exit.
/// Cancellation kills the whole process tree at once: interrupting cargo alone would let it exit and orphan the
/// rustc processes and build scripts it started.
/// </summary>
internal sealed class StreamingProcessRunner : IProcessRunner
{
    public ProcessResult Run(
        string fileName,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        Action<OutputLine> onLine,
        CancellationToken cancellationToken)
    {
        var lines = Channel.CreateUnbounded<OutputLine>(new UnboundedChannelOptions { SingleReader = true });

        var command = Cli.Wrap(fileName)
            .WithArguments(arguments)
            .WithWorkingDirectory(workingDirectory)
            .WithEnvironmentVariables(environment)
            .WithValidation(CommandResultValidation.None)
            .WithStandardOutputPipe(PipeTarget.ToDelegate(line => lines.Writer.TryWrite(new OutputLine(line, false)), Encoding.UTF8))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(line => lines.Writer.TryWrite(new OutputLine(line, true)), Encoding.UTF8));

        var execution = RunToCompletion(command, lines.Writer, cancellationToken);
        var reader = lines.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var line))
            {
                onLine(line);
            }
        }

        return execution.GetAwaiter().GetResult();
    }

    private static async Task<ProcessResult> RunToCompletion(Command command, ChannelWriter<OutputLine> writer, CancellationToken cancellationToken)
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
            writer.TryComplete();
        }
    }
}
