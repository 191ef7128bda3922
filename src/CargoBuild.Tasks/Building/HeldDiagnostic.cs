using CargoBuild.CargoMessages;

namespace CargoBuild.Building;

/// <summary>A rustc diagnostic waiting for its compilation to end; its twins are merged into it meanwhile.</summary>
internal sealed class HeldDiagnostic(string compilation, TwinIdentity identity, RustcDiagnostic diagnostic)
{
    public string Compilation { get; } = compilation;

    public TwinIdentity Identity { get; } = identity;

    public RustcDiagnostic Diagnostic { get; set; } = diagnostic;
}
