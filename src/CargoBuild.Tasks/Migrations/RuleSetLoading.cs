using CargoBuild.Diagnostics;

namespace CargoBuild.Migrations;

/// <summary>
/// Loads the rule files on a worker thread, started when cargo is about to run: parsing them and compiling their
/// patterns costs a cold build ~100 ms of CPU, which cargo's own run hides but rustc would rather have, so a build
/// with a record folder reads back the rules an earlier build recorded there (<see cref="RuleSetRecord"/>) while their
/// files are unchanged. The first diagnostic waits for the load. Errors in the files are kept for the caller to report
/// from its own thread.
/// </summary>
internal sealed class RuleSetLoading(IReadOnlyList<string> paths, string? recordDirectory = null)
{
    private const string RecordName = "migration-rules.record";

    private readonly List<BuildDiagnostic> errors = [];
    private Task<MigrationRuleSet>? loading;

    public void Start() => loading ??= Task.Run(Load);

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

    // The rules recorded in obj/ by an earlier build while their files are the same, else the files parsed (and recorded
    // when they have no mistake).
    private MigrationRuleSet Load()
    {
        if (string.IsNullOrEmpty(recordDirectory))
        {
            return MigrationRuleSet.Load(paths, errors);
        }

        var record = Path.Combine(recordDirectory, RecordName);
        var key = RuleSetRecord.KeyOf(paths);
        if (RuleSetRecord.Read(record, key) is { } recorded)
        {
            return new MigrationRuleSet(recorded);
        }

        var loaded = MigrationRuleSet.Load(paths, errors);
        if (errors.Count == 0)
        {
            RuleSetRecord.Write(record, key, loaded.Rules);
        }

        return loaded;
    }

    // Apart from the check above: a build that never started the load never prepares the wait's types.
    private IReadOnlyList<BuildDiagnostic> LoadedErrors(Task<MigrationRuleSet> started)
    {
        started.GetAwaiter().GetResult();
        return errors;
    }
}
