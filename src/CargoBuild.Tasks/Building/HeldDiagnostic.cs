using CargoBuild.CargoMessages;
using CargoBuild.Migrations;

namespace CargoBuild.Building;

/// <summary>
/// A rustc diagnostic waiting for its compilation to end; its twins are merged into it meanwhile. What it will be
/// reported as is worked out when it is read, and again only if a twin joins it.
/// </summary>
internal sealed class HeldDiagnostic(TwinIdentity identity, RustcDiagnostic diagnostic, RewrittenDiagnostic? prepared)
{
    public string Compilation => Identity.Compilation;

    public TwinIdentity Identity { get; } = identity;

    public RustcDiagnostic Diagnostic { get; private set; } = diagnostic;

    /// <summary>Null when the diagnostic is not reported (rustc's own summary lines).</summary>
    public RewrittenDiagnostic? Prepared { get; private set; } = prepared;

    public void Merge(RustcDiagnostic twin, Func<RustcDiagnostic, RewrittenDiagnostic?> prepare)
    {
        Diagnostic = Diagnostic.WithTwin(twin);
        Prepared = prepare(Diagnostic);
    }
}
