using CargoBuild.Building;
using CargoBuild.Diagnostics;

namespace CargoBuild.UpToDate;

/// <summary>
/// Decides whether cargo needs to run at all. After a successful build it records the stamp, the inputs (cargo's
/// dep-info sources plus <see cref="CargoInputFiles"/>) with their write times, the environment variables cargo
/// tracks for the build (<see cref="EnvironmentDependencySources"/>) with their values, the artifacts and the
/// warnings; the next build skips cargo when the stamp is the same, no tracked variable's value differs, no input's
/// write time differs, no new input file appeared, and every artifact exists, and shows the warnings again, as cargo
/// does for a crate it does not recompile.
/// </summary>
/// <param name="environmentVariable">
/// A variable's value as cargo sees it: the process's environment with the variables CargoBuild sets for cargo.
/// </param>
internal sealed class CargoUpToDateCheck(string stateFile, Func<string, string?>? environmentVariable = null)
{
    private readonly Func<string, string?> environmentVariable = environmentVariable ?? Environment.GetEnvironmentVariable;

    public string StateFile => stateFile;

    /// <summary>The recorded build when nothing changed; otherwise null, with the reason.</summary>
    public RecordedBuild? UpToDateBuild(BuildStamp stamp, IReadOnlyList<string> discoveredInputs, out string reason)
    {
        var state = Read();
        if (state is null)
        {
            reason = File.Exists(stateFile) ? "the record of the last build is damaged or of another version" : "no earlier build is recorded";
            return null;
        }

        if (state.Stamp != stamp.Value)
        {
            reason = stamp.DescribeChangeFrom(state.StampParts);
            return null;
        }

        // Only the recorded variables are read: what the build read is known without opening cargo's files.
        foreach (var variable in state.Variables)
        {
            if (BuildStateVariable.Of(variable.Name, environmentVariable(variable.Name)) != variable)
            {
                reason = $"the environment variable {variable.Name} changed";
                return null;
            }
        }

        // Loops, not LINQ, here and below: each LINQ operator over CargoBuild's types is a type every no-op build loads.
        var recorded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in state.Inputs)
        {
            recorded.Add(input.Path);
        }

        foreach (var input in discoveredInputs)
        {
            if (!recorded.Contains(input))
            {
                reason = $"{input} is new";
                return null;
            }
        }

        foreach (var input in state.Inputs)
        {
            // A removed file reads as WriteTime.Absent, which is never recorded.
            if (File.GetLastWriteTimeUtc(input.Path) != input.LastWriteUtc)
            {
                reason = $"{input.Path} changed";
                return null;
            }
        }

        var artifacts = new NativeArtifact[state.Artifacts.Count];
        for (var index = 0; index < artifacts.Length; index++)
        {
            var artifact = state.Artifacts[index];
            if (!File.Exists(artifact.Path))
            {
                reason = $"{artifact.Path} is missing";
                return null;
            }

            artifacts[index] = artifact.ToArtifact();
        }

        reason = "nothing changed since the last build";
        return new RecordedBuild(artifacts, state.Warnings, state.OmittedWarnings);
    }

    /// <param name="environmentVariables">The names of the variables cargo tracks for the build, recorded with their values now.</param>
    /// <param name="startedUtc">
    /// When cargo started. A source written after that may have been edited while rustc read it: it is recorded as
    /// changed, so the next build runs cargo again. Cargo.lock is the exception, because cargo itself writes it.
    /// </param>
    public void Record(BuildStamp stamp, DateTime startedUtc, IReadOnlyList<string> discoveredInputs, IReadOnlyList<NativeArtifact> artifacts, IReadOnlyList<BuildDiagnostic> warnings,
        IReadOnlyList<string>? environmentVariables = null, int omittedWarnings = 0)
    {
        var sources = artifacts
            .Select(artifact => Path.ChangeExtension(artifact.Path, ".d"))
            .Where(File.Exists)
            .SelectMany(depInfo => DepInfoFile.Dependencies(File.ReadAllText(depInfo)));
        var inputs = discoveredInputs.Concat(sources).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Where(File.Exists)
            .Select(path => (Path: path, Written: File.GetLastWriteTimeUtc(path)))
            .Select(input => new BuildStateInput(input.Path,
                (input.Written >= startedUtc && Path.GetFileName(input.Path) != "Cargo.lock") || input.Written == WriteTime.Absent ? DateTime.MinValue : input.Written));
        var state = new BuildState(stamp.Value, [.. inputs],
            [.. artifacts.Select(BuildStateArtifact.Of)])
        {
            Warnings = warnings,
            OmittedWarnings = omittedWarnings,
            StampParts = stamp.Parts,
            Variables = [.. (environmentVariables ?? []).Select(name => BuildStateVariable.Of(name, environmentVariable(name)))],
        };
        if (RecordFile.Write(stateFile, BuildState.Header, state.ToRows()))
        {
            // One path a line, for Visual Studio's fast up-to-date check (read by the targets without this assembly).
            TextFile.WriteLines(InputListFile, state.Inputs.Select(input => input.Path));
        }
    }

    /// <summary>The recorded inputs as a plain list, beside the state file.</summary>
    public string InputListFile => Path.ChangeExtension(stateFile, ".inputs");

    /// <summary>Forgets the recorded build, so that the next one runs cargo (after a failure or a clean).</summary>
    public void Forget()
    {
        foreach (var file in new[] { stateFile, InputListFile }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    // A damaged or unreadable state file only costs one cargo run.
    private BuildState? Read() => RecordFile.Read(stateFile, BuildState.Header) is { } rows ? BuildState.Parse(rows) : null;
}
