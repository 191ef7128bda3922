using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Migrations;

/// <summary>
/// A breaking-change link needs evidence that the code was written for an older pyo3: here the crate's last green
/// build, with real pyo3 0.17.3 or 0.22.6, before its manifest moves to real pyo3 0.28.2, or the PyO3UpgradedFrom
/// setting; with neither, only the old APIs the code names, and code that names none gets no link. (Ordinary mistakes
/// with no evidence: the precision corpus.)
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class UpgradeEvidenceTests(PackagedCargoBuild package)
{
    // Current API for 0.22 (the Bound API with its _bound constructors), which 0.28 no longer has.
    private const string WrittenFor0_22 = """
        use pyo3::prelude::*;
        use pyo3::types::PyDict;

        #[pyfunction]
        fn count() -> usize {
            Python::with_gil(|py| {
                let dict = PyDict::new_bound(py);
                dict.len()
            })
        }

        #[pymodule]
        fn it_upgrade(m: &Bound<'_, PyModule>) -> PyResult<()> {
            m.add_function(wrap_pyfunction!(count, m)?)
        }
        """;

    [Fact]
    public void LastGreenBuildMakesTheErrorsNameTheUpgradeAndTheSummaryListsTheChanges()
    {
        var (before, after) = (PyO3Registry.ForMinor("0.22"), PyO3Registry.ForMinor("0.28"));
        var upgraded = BuildGreenThenUpgrade("upgrade-last-green", "it_upgrade", WrittenFor0_22, before, after);

        Assert.NotEqual(0, upgraded.ExitCode);
        var linked = upgraded.Errors.Where(error => error.Code.StartsWith("PY", StringComparison.Ordinal)).ToList();
        Assert.True(linked.Count >= 2, upgraded.ToString());
        Assert.All(linked, error => Assert.Contains($"pyo3 {before.Version} → {after.Version}: breaking change of ", error.Message));
        Assert.Contains(linked, error => error.Line == 6 && error.Message.Contains("with_gil", StringComparison.Ordinal));
        Assert.Contains(linked, error => error.Line == 7 && error.Message.Contains("new_bound", StringComparison.Ordinal));
        Assert.Contains($"Upgrade pyo3 {before.Version} → {after.Version}: {linked.Count} diagnostics come from ", upgraded.Output);
        Assert.All(linked, error => Assert.Contains(error.Code + " ", SummaryOf(upgraded.Output)));
    }

    // Code written for 0.17, whose `PyList::new` and `PyTuple::new` gave GIL refs: on 0.28 they return a `PyResult`, so
    // its errors are generic (a method not found on `Result`) and name no API a later step removed.
    private const string WrittenFor0_17 = """
        use pyo3::prelude::*;
        use pyo3::types::{PyList, PyTuple};

        #[pyfunction]
        fn total(py: Python) -> usize {
            let list = PyList::new(py, [1, 2, 3]);
            list.len()
        }

        #[pyfunction]
        fn first(py: Python) -> PyResult<i32> {
            let pair = PyTuple::new(py, [1, 2]);
            pair.get_item(0)?.extract()
        }
        """;

    [Fact]
    public void GreenOn0_17TheErrorsNameTheUpgradeAndTheSameErrorsWithoutEvidenceGetNoLinks()
    {
        var (before, after) = (PyO3Registry.ForMinor("0.17"), PyO3Registry.ForMinor("0.28"));
        var upgraded = BuildGreenThenUpgrade("upgrade-from-0.17", "it_from_0_17", WrittenFor0_17, before, after);
        var withoutEvidence = package.CreateConsumer("no-upgrade-evidence")
            .UsePyO3Registry(after)
            .WritePyO3Crate("native", "it_from_0_17", WrittenFor0_17, after.Minor)
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""")
            .Build("-v:n");

        Assert.NotEqual(0, upgraded.ExitCode);
        Assert.Equal([(7, 10), (13, 10)], upgraded.Errors.Select(error => (error.Line, error.Column)).Order());
        Assert.All(upgraded.Errors, error => Assert.Contains($"pyo3 {before.Version} → {after.Version}: breaking change of ", error.Message));
        Assert.Contains($"Upgrade pyo3 {before.Version} → {after.Version}: 2 diagnostics come from ", upgraded.Output);
        Assert.NotEqual(0, withoutEvidence.ExitCode);
        Assert.Equal([(7, 10), (13, 10)], withoutEvidence.Errors.Select(error => (error.Line, error.Column)).Order());
        Assert.All(withoutEvidence.Errors, error => Assert.Equal("E0599", error.Code));
        Assert.DoesNotContain("pyo3.rs/", withoutEvidence.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Upgrade pyo3", withoutEvidence.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The same code with no build history: no from-version is known, so no link names an upgrade; what the code
    /// names under each error (`with_gil`, `new_bound`, APIs steps up to 0.28 removed) is the evidence, and the link
    /// names the step and that API.
    /// </summary>
    [Fact]
    public void WithoutHistoryTheLinksNameOnlyTheStepAndTheOldApiTheCodeUses()
    {
        var registry = PyO3Registry.ForMinor("0.28");
        var consumer = package.CreateConsumer("upgrade-no-history")
            .UsePyO3Registry(registry)
            .WritePyO3Crate("native", "it_upgrade_none", WrittenFor0_22.Replace("it_upgrade", "it_upgrade_none"), registry.Minor)
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Equal(2, build.Errors.Count);
        Assert.All(build.Errors, error => Assert.DoesNotContain($"→ {registry.Version}", error.Message));
        Assert.Contains(build.Errors, error => error.Line == 6 && error.Message.Contains("breaking change (the code uses `with_gil`)", StringComparison.Ordinal));
        Assert.Contains(build.Errors, error => error.Line == 7 && error.Message.Contains("breaking change (the code uses `new_bound`)", StringComparison.Ordinal));
    }

    /// <summary>CI after an upgrade declares it: PyO3UpgradedFrom names the step range, with no build history at all.</summary>
    [Fact]
    public void PyO3UpgradedFromPropertyDeclaresTheUpgrade()
    {
        var registry = PyO3Registry.ForMinor("0.28");
        var consumer = package.CreateConsumer("upgrade-declared")
            .UsePyO3Registry(registry)
            .WritePyO3Crate("native", "it_upgrade_declared", WrittenFor0_22.Replace("it_upgrade", "it_upgrade_declared"), registry.Minor)
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""", properties: "<PyO3UpgradedFrom>0.22</PyO3UpgradedFrom>");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.True(2 == build.Errors.Count(error => error.Code.StartsWith("PY", StringComparison.Ordinal)
            && error.Message.Contains($"pyo3 0.22.0 → {registry.Version}: breaking change of ", StringComparison.Ordinal)), build.ToString());
    }

    [Fact]
    public void MalformedPyO3UpgradedFromIsALocatedError()
    {
        var registry = PyO3Registry.ForMinor("0.28");
        var consumer = package.CreateConsumer("upgrade-malformed")
            .UsePyO3Registry(registry)
            .WritePyO3Crate("native", "it_upgrade_malformed", WrittenFor0_22.Replace("it_upgrade", "it_upgrade_malformed"), registry.Minor)
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" PyO3UpgradedFrom="zero point twenty" />""");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Errors);
        Assert.Equal(("CB1020", consumer.PathOf("Consumer.csproj")), (error.Code, error.File));
        Assert.Contains("'zero point twenty'", error.Message);
    }

    /// <summary>Builds the crate green with one pyo3 release, then moves its manifest to another and builds again.</summary>
    private ProcessOutcome BuildGreenThenUpgrade(string consumerName, string crateName, string code, PyO3Registry before, PyO3Registry after)
    {
        var consumer = package.CreateConsumer(consumerName)
            .UsePyO3Registry(before)
            .WritePyO3Crate("native", crateName, code, before.Minor)
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");
        var green = consumer.Build();
        Assert.True(green.ExitCode == 0, green.ToString());

        consumer.UsePyO3Registry(after).WritePyO3Crate("native", crateName, code, after.Minor);
        return consumer.Build("-v:n");
    }

    private static string SummaryOf(string output) => output[output.IndexOf("Upgrade pyo3 ", StringComparison.Ordinal)..];
}
