namespace CargoBuild.Migrations;

/// <summary>Where a breakage shows: in rustc's diagnostics, in cargo's own errors (build scripts, resolution), or only at run time.</summary>
internal enum SignalSource
{
    Rustc,
    Cargo,
    Runtime,
}
