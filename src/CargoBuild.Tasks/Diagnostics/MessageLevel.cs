namespace CargoBuild.Diagnostics;

/// <summary>How much a message matters, as MSBuild's verbosities show it: Detail at -v:d, Normal at -v:n, High always.</summary>
internal enum MessageLevel
{
    Detail,
    Normal,
    High,
}
