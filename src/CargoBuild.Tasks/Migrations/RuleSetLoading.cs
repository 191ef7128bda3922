using CargoBuild.Diagnostics;

namespace CargoBuild.Migrations;

/// <summary>
/// Loads the rule files on a worker thread, started when cargo is about to run: parsing them and compiling their
/// patterns costs a cold build ~100 ms, which cargo's own run hides. The first diagnostic waits for the load. Errors
/// in the files are kept for the caller to report from its own thread.
/// </summary>
internal sealed class RuleSetLoading(IReadOnlyList<string> paths)
{
    private readonly List<BuildDiagnostic> errors = [];
    private Task<MigrationRuleSet>? loading;

    public void Start() => loading ??= Task.Run(() => MigrationRuleSet.Load(paths, errors));

    /// <summary>The rules (files with errors contribute none); waits for the load, starting it if need be.</summary>
    public MigrationRuleSet RuleSet
    {
        get
        {
            Start();
            return loading!.GetAwaiter().GetResult();
        }
    }

    /// <summary>The mistakes found in the rule files; waits for the load, and is empty when it was never started.</summary>
    public IReadOnlyList<BuildDiagnostic> Errors => loading is null ? [] : LoadedErrors(loading);

    // Apart from the check above: a build that never started the load never prepares the wait's types.
    private IReadOnlyList<BuildDiagnostic> LoadedErrors(Task<MigrationRuleSet> started)
    {
        started.GetAwaiter().GetResult();
        return errors;
    }
}
