namespace CargoBuild.UpToDate;

/// <summary>An input file and its last write time as the recorded build saw it.</summary>
internal sealed record BuildStateInput(string Path, DateTime LastWriteUtc);
