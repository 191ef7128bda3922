namespace CargoBuild.UpToDate;

/// <summary>
/// One thing a <see cref="BuildStamp"/> holds (cargo's path, its command line, the toolchain, one environment
/// variable), with a hash of its value: a hash, not the value, since a variable may hold a secret.
/// </summary>
internal sealed record BuildStampPart(string Name, string Hash);
