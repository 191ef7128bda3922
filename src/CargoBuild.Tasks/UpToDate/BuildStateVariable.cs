namespace CargoBuild.UpToDate;

/// <summary>
/// An environment variable the recorded build read (as cargo tracks it), with a hash of the value it had, or null
/// when it was unset. A hash, not the value: it may be a secret.
/// </summary>
internal sealed record BuildStateVariable(string Name, string? ValueHash)
{
    public static BuildStateVariable Of(string name, string? value) => new(name, value is null ? null : TextHash.Of(value));
}
