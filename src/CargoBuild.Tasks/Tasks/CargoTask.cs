using CargoBuild.Diagnostics;
using Microsoft.Build.Framework;
using Task = Microsoft.Build.Utilities.Task;

namespace CargoBuild.Tasks;

/// <summary>
/// What every CargoBuild task shares: cancellation (MSBuild calls <see cref="Cancel"/> from another thread on Ctrl+C),
/// and a last line of defence that turns an unexpected exception into a clear error instead of MSB4018.
/// </summary>
public abstract class CargoTask : Task, ICancelableTask
{
    private readonly CancellationTokenSource cancellation = new();

    protected CancellationToken CancellationToken => cancellation.Token;

    public void Cancel() => cancellation.Cancel();

    public sealed override bool Execute()
    {
        try
        {
            return ExecuteCore() && !Log.HasLoggedErrors && !cancellation.IsCancellationRequested;
        }
        catch (Exception exception) when (cancellation.IsCancellationRequested)
        {
            // After Ctrl+C, MSBuild refuses to give the node back (Reacquire throws): the cancellation was reported.
            Log.LogMessage(MessageImportance.Low, "{0} stopped after the build was cancelled: {1}", GetType().Name, exception.Message);
            return false;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.Log(new BuildDiagnostic(DiagnosticCodes.InternalError,
                $"{GetType().Name} failed: {exception.GetType().Name}: {exception.Message} This is a bug in CargoBuild; the build log at diagnostic verbosity has the details."));
            Log.LogMessage(MessageImportance.Low, "{0}", exception.ToString());
            return false;
        }
    }

    /// <summary>The task's work; false when it stopped early. Any error it logged fails the task too.</summary>
    protected abstract bool ExecuteCore();
}
