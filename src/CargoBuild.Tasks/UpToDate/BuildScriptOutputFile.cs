namespace CargoBuild.UpToDate;

/// <summary>
/// Reads the output file cargo keeps of a build script's last run (target/…/build/&lt;package&gt;-&lt;hash&gt;/output):
/// the instructions it printed, of which "cargo:rerun-if-env-changed=NAME" (or "cargo::…", the syntax since cargo
/// 1.77) names a variable whose change makes cargo run the script again.
/// </summary>
internal static class BuildScriptOutputFile
{
    private static readonly string[] Instructions = ["cargo:rerun-if-env-changed=", "cargo::rerun-if-env-changed="];

    /// <summary>The output file of the run whose OUT_DIR cargo reported: beside that folder.</summary>
    public static string PathFor(string outDirectory) =>
        Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(outDirectory))!, "output");

    public static IReadOnlyList<string> EnvironmentVariables(string text)
    {
        var names = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            foreach (var instruction in Instructions)
            {
                if (line.StartsWith(instruction, StringComparison.Ordinal)
                    && line[instruction.Length..].Trim() is { Length: > 0 } name
                    && !names.Contains(name, StringComparer.Ordinal))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }
}
