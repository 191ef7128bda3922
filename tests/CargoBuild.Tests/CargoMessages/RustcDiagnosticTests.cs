using CargoBuild.Tests.Diagnostics;

namespace CargoBuild.Tests.CargoMessages;

/// <summary>Twins from a real pyo3 0.28.2 build: three E0277s at one argument of a #[pymethods] method.</summary>
public sealed class RustcDiagnosticTests
{
    private static readonly IReadOnlyList<CargoBuild.CargoMessages.RustcDiagnostic> Twins =
        [.. RecordedFidelityOutput.Diagnostics("pyo3-fidelity-0.28.2").Where(diagnostic => diagnostic.PrimarySpan is { LineStart: 18 })];

    [Fact]
    public void TwinAddsOnlyTheNotesAndSpansItHasOfItsOwn()
    {
        Assert.Equal(3, Twins.Count);

        var merged = Twins[0].WithTwin(Twins[1]);

        Assert.Equal(Twins[0].Message, merged.Message);
        Assert.Equal(Twins[0].PrimarySpan, merged.PrimarySpan);
        var shared = Twins[1].Children.Count(child => Twins[0].Children.Any(own => own.Level == child.Level && own.Message == child.Message));
        Assert.Equal(Twins[0].Children.Count + Twins[1].Children.Count - shared, merged.Children.Count);
        Assert.Equal(["unsatisfied trait bound", "the trait `Clone` is not implemented for `Opaque`"], merged.Spans.Select(span => span.Label));
    }

    [Fact]
    public void TheSameTwinAgainAddsNothing()
    {
        var once = Twins[0].WithTwin(Twins[1]).WithTwin(Twins[2]);

        var again = once.WithTwin(Twins[1]).WithTwin(Twins[2]).WithTwin(Twins[0]);

        Assert.Equal(once.Children.Count, again.Children.Count);
        Assert.Equal(once.Spans.Count, again.Spans.Count);
        Assert.Equal(once.Rendered, again.Rendered);
    }
}
