using CargoBuild.Processes;

namespace CargoBuild.Building;

/// <summary>
/// A rustc wrapper (a compile cache such as sccache) that CargoBuild hands cargo as RUSTC_WRAPPER: a crate's RustcWrapper
/// metadata, else the CargoRustcWrapper property. It is resolved before cargo runs, so that a wrapper that is not there
/// is a located CargoBuild error instead of cargo's "could not execute process", and cargo gets its full path, which the
/// build stamp then holds: another wrapper runs cargo again.
/// </summary>
/// <param name="Value">The wrapper as configured: a name looked up on PATH, or a path.</param>
/// <param name="Origin">Where it was configured, for messages (the property, or the crate's metadata).</param>
/// <param name="DefiningFile">The project that set it: a relative path is relative to its folder, and an error is reported there.</param>
internal sealed record RustcWrapperSetting(string Value, string Origin, string DefiningFile)
{
    public const string VariableName = "RUSTC_WRAPPER";

    private string BaseDirectory => Path.GetDirectoryName(DefiningFile)!;

    /// <summary>The wrapper's full path, or null when it is not there. <paramref name="path"/> is the PATH cargo gets.</summary>
    public string? Resolve(string? path)
    {
        if (Value.IndexOfAny(['/', '\\']) < 0)
        {
            return ExecutableLocator.Find(Value, Value, path, null);
        }

        var full = Path.GetFullPath(Value, BaseDirectory);
        return File.Exists(full) ? full : null;
    }

    /// <summary>Where <see cref="Resolve"/> looked, for the error that says it found nothing.</summary>
    public string DescribeSearch() =>
        Value.IndexOfAny(['/', '\\']) < 0 ? $"'{Value}' on PATH" : $"'{Path.GetFullPath(Value, BaseDirectory)}'";

    /// <summary>Cargo's variables with the wrapper's full path as RUSTC_WRAPPER, over one they set themselves.</summary>
    public static IReadOnlyDictionary<string, string> ForCargo(IReadOnlyDictionary<string, string> environment, string wrapperPath) =>
        new Dictionary<string, string>(environment, StringComparer.Ordinal) { [VariableName] = wrapperPath };
}
