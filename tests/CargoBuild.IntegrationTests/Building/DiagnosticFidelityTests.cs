using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>
/// A crate against real pyo3 whose errors test what reaches the build log: each on one line, twins once with all of
/// their notes, at rustc's own place (also inside PyO3's attributes), with suggestions whole. The crate is the one
/// the unit tests' recordings come from (tests/CargoBuild.Tests/Fixtures/fidelity/crates/pyo3-fidelity).
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class DiagnosticFidelityTests(PackagedCargoBuild package)
{
    private const string Crate = "tests/CargoBuild.Tests/Fixtures/fidelity/crates/pyo3-fidelity";

    [Fact]
    public void PyO3CrateErrorsReachTheLogAsRustcReportsThem()
    {
        var registry = PyO3Registry.ForMinor("0.28");
        var consumer = package.CreateConsumer("diagnostic-fidelity")
            .UsePyO3Registry(registry)
            .WritePyO3Crate("native", "fidelity_pyo3", File.ReadAllText(Path.Combine(RepositoryRootAttribute.Value, Crate, "src", "lib.rs")), pyo3Version: registry.Version)
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var source = consumer.PathOf("native/src/lib.rs");
        Assert.All(build.Errors, error => Assert.Equal(source, error.File));
        // One line each: a note's second line ("found struct …") would be an error line of its own.
        Assert.Equal([(7, 30), (18, 28), (25, 25), (36, 23), (43, 20)], build.Errors.Select(error => (error.Line, error.Column)).Order());
        Assert.Contains("expected struct `Vec<String>`; found struct `Vec<i32>`", ErrorAt(build, 7).Message);

        // Three twins from #[pymethods], one error with the notes of each.
        var twins = ErrorAt(build, 18);
        Assert.Equal("E0277", twins.Code);
        Assert.Contains("the trait `Clone` is not implemented for `Opaque`", twins.Message);
        Assert.Contains("the trait `PyClass` is not implemented for `Opaque`", twins.Message);
        Assert.Contains("the trait `pyo3::impl_::pyclass::ExtractPyClassWithClone` is not implemented for `Opaque`", twins.Message);

        // #[pyfunction] (line 23) made the conversion of the **kwargs argument at its type, where rustc reports it;
        // wrap_pyfunction!'s error is still at its call.
        Assert.Equal(("E0277", 25, 25), (ErrorAt(build, 25).Code, ErrorAt(build, 25).Line, ErrorAt(build, 25).Column));
        Assert.Equal("E0432", ErrorAt(build, 43).Code);

        Assert.EndsWith("help: try using a conversion method: `let sum: String = (a + b).to_string();`", ErrorAt(build, 36).Message);
    }

    private static LoggedDiagnostic ErrorAt(ProcessOutcome build, int line) => Assert.Single(build.Errors, error => error.Line == line);
}
