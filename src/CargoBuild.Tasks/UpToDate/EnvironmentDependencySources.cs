namespace CargoBuild.UpToDate;

/// <summary>
/// Where cargo keeps what a build read from the environment, for the workspace's own packages: the output file of
/// each build script run (its rerun-if-env-changed lines) and rustc's dep-info of each compiled target (its env-dep
/// lines, from env! and option_env!). Cargo rebuilds when one of those variables changes, so the up-to-date check
/// must too. Fed from cargo's messages while it runs; the files are read once, after a successful build.
/// </summary>
internal sealed class EnvironmentDependencySources
{
    private readonly SortedSet<string> buildScriptOutputs = new(StringComparer.Ordinal);
    private readonly SortedSet<(string DepsDirectory, string CrateName)> compiledCrates = [];

    /// <param name="outDirectory">The OUT_DIR of a build-script-executed message (cargo reports reused runs too).</param>
    public void AddBuildScriptRun(string outDirectory) => buildScriptOutputs.Add(BuildScriptOutputFile.PathFor(outDirectory));

    /// <param name="filenames">A compiler-artifact's files: in deps/, or uplifted beside it (a cdylib, a root package's rlib).</param>
    public void AddCompiledTarget(string targetName, IReadOnlyList<string> filenames)
    {
        foreach (var file in filenames)
        {
            var directory = Path.GetDirectoryName(file);
            if (directory is not null)
            {
                compiledCrates.Add((Path.GetFileName(directory) == "deps" ? directory : Path.Combine(directory, "deps"), targetName.Replace('-', '_')));
            }
        }
    }

    /// <summary>The names of the variables the build read, from every build script output and dep-info file that exists.</summary>
    public IReadOnlyList<string> EnvironmentVariables()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var output in buildScriptOutputs.Where(File.Exists))
        {
            names.UnionWith(BuildScriptOutputFile.EnvironmentVariables(File.ReadAllText(output)));
        }

        foreach (var depInfo in compiledCrates.SelectMany(crate => DepInfoFilesOf(crate.DepsDirectory, crate.CrateName)).Distinct(StringComparer.Ordinal))
        {
            names.UnionWith(DepInfoFile.EnvironmentVariables(File.ReadAllText(depInfo)));
        }

        return [.. names];
    }

    // rustc names it <crate>.d (a cdylib alone) or <crate>-<hash>.d. Files of earlier builds with other settings may
    // be among them: their variables are tracked too, which at worst costs a cargo run that finds everything fresh.
    private static IEnumerable<string> DepInfoFilesOf(string depsDirectory, string crateName)
    {
        if (!Directory.Exists(depsDirectory))
        {
            return [];
        }

        return Directory.EnumerateFiles(depsDirectory, crateName + "*.d")
            .Where(file => Path.GetFileNameWithoutExtension(file) is var name && (name == crateName || name.StartsWith(crateName + "-", StringComparison.Ordinal)));
    }
}
