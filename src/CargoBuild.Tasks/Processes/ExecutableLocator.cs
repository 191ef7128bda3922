namespace CargoBuild.Processes;

/// <summary>Finds a Rust tool the way a shell would, then where rustup installs it when PATH lacks it.</summary>
internal static class ExecutableLocator
{
    private static readonly string ExecutableSuffix = OperatingSystem.IsWindows() ? ".exe" : "";

    /// <summary>The user's home folder, under which rustup installs ~/.cargo/bin.</summary>
    public static string? HomeDirectory => Environment.GetEnvironmentVariable("HOME") ?? Environment.GetEnvironmentVariable("USERPROFILE");

    /// <summary>
    /// The tool's full path, or null. <paramref name="configured"/> is a user's explicit choice: a path, or a name
    /// looked up on PATH. Without it, <paramref name="name"/> is looked up on PATH and then in ~/.cargo/bin.
    /// </summary>
    public static string? Find(string name, string? configured, string? path, string? home)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured!.IndexOfAny(['/', '\\']) >= 0
                ? (File.Exists(configured) ? Path.GetFullPath(configured) : null)
                : SearchPath(configured, path);
        }

        return SearchPath(name, path)
            ?? (string.IsNullOrEmpty(home) ? null : ExistingFile(Path.Combine(home!, ".cargo", "bin", name + ExecutableSuffix)));
    }

    /// <summary>The places <see cref="Find"/> looks, for an error message that says where.</summary>
    public static string DescribeSearch(string name, string? configured, string? home) =>
        !string.IsNullOrWhiteSpace(configured)
            ? $"'{configured}'"
            : $"'{name}' on PATH and in {Path.Combine(string.IsNullOrEmpty(home) ? "~" : home!, ".cargo", "bin")}";

    private static string? SearchPath(string name, string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        foreach (var directory in path!.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = ExistingFile(Path.Combine(directory, name + (name.EndsWith(ExecutableSuffix, StringComparison.OrdinalIgnoreCase) ? "" : ExecutableSuffix)));
            if (candidate is not null)
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? ExistingFile(string candidate) => File.Exists(candidate) ? Path.GetFullPath(candidate) : null;
}
