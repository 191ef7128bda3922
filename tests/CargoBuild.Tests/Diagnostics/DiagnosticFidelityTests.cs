using System.Text.RegularExpressions;
using CargoBuild.Building;
using CargoBuild.Diagnostics;

namespace CargoBuild.Tests.Diagnostics;

/// <summary>
/// What real pyo3 and rustc builds (Fixtures/fidelity) say reaches MSBuild as rustc says it: one line per diagnostic,
/// one diagnostic per twin set with all of their notes, rustc's own location, and suggestions whole.
/// </summary>
public sealed partial class DiagnosticFidelityTests
{
    private const string Root = RecordedFidelityOutput.Root;

    public static TheoryData<string> Recordings() => [.. RecordedFidelityOutput.Recordings()];

    public static TheoryData<string> PyO3Recordings() => [.. RecordedFidelityOutput.Recordings().Where(name => name != RecordedFidelityOutput.PlainRustc)];

    [Theory]
    [MemberData(nameof(Recordings))]
    public void EveryMessageIsOneLine(string recording)
    {
        var mapped = Reported(recording);

        Assert.NotEmpty(mapped);
        Assert.All(mapped, diagnostic => Assert.DoesNotContain('\n', diagnostic.Message));
    }

    [Fact]
    public void PyO3MessageOfTwoLinesKeepsBothOnOne()
    {
        var error = Assert.Single(Reported("pyo3-fidelity-0.22.6"), diagnostic => diagnostic.Message.StartsWith("required arguments", StringComparison.Ordinal));

        Assert.Equal(($"{Root}/pyo3-0.22.6/pyo3-fidelity/src/lib.rs", 30, 42), (error.File, error.Line, error.Column));
        Assert.Equal(
            "required arguments after an `Option<_>` argument are ambiguous; help: add a `#[pyo3(signature)]` annotation on this function to unambiguously specify the default values for all optional parameters",
            error.Message);
    }

    [Fact]
    public void NoteOfTwoLinesKeepsBothOnOne()
    {
        var error = Assert.Single(Reported(RecordedFidelityOutput.PlainRustc), diagnostic => diagnostic.Line == 15);

        Assert.Equal(("E0308", $"{Root}/rustc-fidelity/src/lib.rs", 31), (error.Code, error.File, error.Column));
        Assert.Equal("mismatched types: expected `Vec<usize>`, found `Vec<u8>`; note: expected struct `Vec<usize>`; found struct `Vec<u8>`", error.Message);
    }

    [Theory]
    [InlineData("pyo3-fidelity-0.28.2")]
    [InlineData("pyo3-fidelity-0.29.3")]
    public void TwinsFromPyMethodsAreOneErrorWithTheNotesOfAll(string recording)
    {
        var twins = Assert.Single(Reported(recording), diagnostic => diagnostic.Line == 18);

        Assert.Equal(("E0277", $"{RecordedFidelityOutput.WorkspaceRoot(recording)}/src/lib.rs", 28), (twins.Code, twins.File, twins.Column));
        Assert.StartsWith("`Opaque` cannot be used as a Python function argument: unsatisfied trait bound; the trait `Clone` is not implemented for `Opaque`; ", twins.Message);
        // One note from each twin, and the notes they share once.
        Assert.Contains("; help: the trait `PyClass` is not implemented for `Opaque`;", twins.Message);
        Assert.Contains("; help: consider annotating `Opaque` with `#[derive(Clone)]`: `#[derive(Clone)]`", twins.Message);
        Assert.Contains("; help: the trait `pyo3::impl_::pyclass::ExtractPyClassWithClone` is not implemented for `Opaque`", twins.Message);
        Assert.Equal(1, Occurrences(twins.Message, "; note: required by a bound in `pyo3::impl_::extract_argument::extract_argument`"));
        Assert.Equal(1, Occurrences(twins.Message, "; note: implement `FromPyObject` to enable using `Opaque` as a function argument"));
    }

    [Fact]
    public void EachPlaceOfTwinsInPyO3_0_22IsOneError()
    {
        var errors = Reported("pyo3-fidelity-0.22.6").Where(diagnostic => diagnostic.Code == "E0277").ToList();

        Assert.Equal([(18, 28), (23, 1), (25, 17)], errors.Select(error => (error.Line, error.Column)).Order());
        Assert.All(errors, error => Assert.Contains("the trait `Clone` is not implemented for `Opaque`", error.Message));
        Assert.All(errors, error => Assert.Contains("; help: the trait `PyClass` is not implemented for `Opaque`", error.Message));
    }

    [Theory]
    [MemberData(nameof(PyO3Recordings))]
    public void EveryPyO3ErrorIsReportedOnce(string recording)
    {
        var errors = Reported(recording).Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();

        Assert.Equal(errors.Count, errors.Select(error => (error.Code, error.Line, error.Column)).Distinct().Count());
    }

    [Theory]
    [InlineData("pyo3-fidelity-0.28.2")]
    [InlineData("pyo3-fidelity-0.29.3")]
    public void ArgumentConversionThePyFunctionAttributeMadeIsAtTheArgumentsType(string recording)
    {
        var diagnostic = RecordedFidelityOutput.Diagnostics(recording).Single(diagnostic => diagnostic.Message.StartsWith("`Option<Opaque>`", StringComparison.Ordinal));

        var mapped = new RustcDiagnosticMapper(RecordedFidelityOutput.WorkspaceRoot(recording)).Map(diagnostic)!;

        // The span has the attribute's expansion, at line 23; rustc shows the type of the argument (its first word).
        Assert.Equal("#[pyfunction]", diagnostic.PrimarySpan!.Expansion!.MacroDeclName);
        Assert.Equal(("E0277", $"{RecordedFidelityOutput.WorkspaceRoot(recording)}/src/lib.rs", 25, 25, 25, 31),
            (mapped.Code, mapped.File, mapped.Line, mapped.Column, mapped.EndLine, mapped.EndColumn));
        Assert.StartsWith("`Option<Opaque>` cannot be used as a Python function argument: the trait `pyo3::impl_::extract_argument::PyFunctionArgument<'_, '_, '_, _>` is not implemented for `Option<Opaque>`", mapped.Message);
    }

    [Theory]
    [MemberData(nameof(Recordings))]
    public void EveryDiagnosticIsWhereRustcShowsIt(string recording)
    {
        var mapper = new RustcDiagnosticMapper(RecordedFidelityOutput.WorkspaceRoot(recording));
        var located = 0;
        foreach (var diagnostic in RecordedFidelityOutput.Diagnostics(recording))
        {
            if (mapper.Map(diagnostic) is not { File: { } file } mapped || diagnostic.Rendered is null)
            {
                continue;
            }

            var arrow = RenderedLocation().Match(diagnostic.Rendered);
            Assert.True(arrow.Success, diagnostic.Rendered);
            Assert.Equal(
                (Path.Combine(RecordedFidelityOutput.WorkspaceRoot(recording), arrow.Groups["file"].Value), int.Parse(arrow.Groups["line"].Value), int.Parse(arrow.Groups["column"].Value)),
                (file, mapped.Line, mapped.Column));
            located++;
        }

        Assert.True(located >= 4, $"{located} located diagnostics");
    }

    [Fact]
    public void MacroRulesCallStaysTheLocationOfAnErrorInWrapPyFunction()
    {
        var error = Assert.Single(Reported("pyo3-fidelity-0.28.2"), diagnostic => diagnostic.Code == "E0432");

        Assert.Equal(($"{Root}/pyo3-0.28.2/pyo3-fidelity/src/lib.rs", 43, 20), (error.File, error.Line, error.Column));
    }

    [Theory]
    [InlineData("rustc-fidelity", 6)]
    [InlineData("pyo3-fidelity-0.22.6", 36)]
    [InlineData("pyo3-fidelity-0.28.2", 36)]
    [InlineData("pyo3-fidelity-0.29.3", 36)]
    public void ConversionSuggestionOfTwoPartsShowsTheLineWithBoth(string recording, int line)
    {
        var error = Assert.Single(Reported(recording), diagnostic => diagnostic.Line == line);

        Assert.Equal(("E0308", 23), (error.Code, error.Column));
        Assert.Equal(
            "mismatched types: expected `String`, found `i32`; help: try using a conversion method: `let sum: String = (a + b).to_string();`",
            error.Message);
    }

    [Fact]
    public void LifetimeSuggestionOfFourPartsInRustcsOrderIsAppliedInTheLinesOrder()
    {
        var error = Assert.Single(Reported(RecordedFidelityOutput.PlainRustc), diagnostic => diagnostic.Code == "E0106");

        Assert.Equal((1, 37), (error.Line, error.Column));
        Assert.EndsWith("; help: consider introducing a named lifetime parameter: `pub fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {`", error.Message);
    }

    [Fact]
    public void AlternativeImportsAreEachShown()
    {
        var error = Assert.Single(Reported(RecordedFidelityOutput.PlainRustc), diagnostic => diagnostic.Code == "E0425");

        Assert.Equal((10, 35), (error.Line, error.Column));
        Assert.Equal(
            "cannot find type `Ordering` in this scope: not found in this scope; help: consider importing one of these enums: `use std::cmp::Ordering;` or `use std::sync::atomic::Ordering;`",
            error.Message);
    }

    /// <summary>What the build reports for a recording: cargo's stdout through the reader, as a build reads it.</summary>
    private static List<BuildDiagnostic> Reported(string recording)
    {
        var reported = new List<BuildDiagnostic>();
        var reader = new CargoBuildOutputReader(new RustcDiagnosticMapper(RecordedFidelityOutput.WorkspaceRoot(recording)), reported.Add, _ => { });
        foreach (var line in RecordedFidelityOutput.StandardOutput(recording))
        {
            reader.ReadStandardOutput(line);
        }

        reader.Complete();
        return reported;
    }

    private static int Occurrences(string text, string part) => Regex.Count(text, Regex.Escape(part));

    [GeneratedRegex(@"--> (?<file>[^\n]+?):(?<line>\d+):(?<column>\d+)")]
    private static partial Regex RenderedLocation();
}
