using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Migrations;

/// <summary>
/// Crates written against old PyO3 APIs, built for real against pyo3 0.17.3 through the packed package, with the
/// upgrade declared (PyO3UpgradedFrom, as CI would): each breakage is an error (or warning) with the rule's code at the
/// user's line, and a link to the guide section (for 0.17.3, or the first guide that has the section).
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class MigrationErrorTests(PackagedCargoBuild package)
{
    [Theory]
    [InlineData("pyrawobject", "error", "PY0901", 12, 18, "v0.17.3/migration.html#new-interface", "0.8")]
    [InlineData("pyref-new", "error", "PY0903", 10, 24, "v0.17.3/migration.html#object-creation", "0.8")]
    [InlineData("extract-reference", "error", "PY0904", 10, 38, "v0.17.3/migration.html#object-extraction", "0.8")]
    [InlineData("objectprotocol", "error", "PY1001", 3, 5, "v0.17.3/migration.html#objectprotocol-is-removed", "0.9")]
    [InlineData("specialization", "error", "PY1002", 2, 1, "v0.17.3/migration.html#no-featurespecialization-in-user-code", "0.9")]
    [InlineData("pyclass-send", "error", "PY1102", 6, 1, "v0.17.3/migration.html#pyclass-structs-must-now-be-send-or-unsendable", "0.10")]
    [InlineData("pyclass-arc-refcell", "error", "PY1102", 7, 1, "v0.17.3/migration.html#pyclass-structs-must-now-be-send-or-unsendable", "0.10")]
    [InlineData("pyproto-arguments", "error", "PY0905", 13, 21, "v0.17.3/migration.html#pyproto", "0.8")]
    [InlineData("refcnt-without-python", "error", "PY1103", 5, 12, "v0.17.3/migration.html#all-pyobject-and-pyt-methods-now-take-python-as-an-argument", "0.10")]
    [InlineData("pyproto", "error", "PY1704", 10, 3, "v0.17.3/migration.html#the-pyproto-feature-is-now-disabled-by-default", "0.16")]
    [InlineData("acquire-gil", "warning", "PY1903", 5, 23, "v0.19.0/migration.html#the-deprecated-pythonacquire_gil-was-removed-and-pythonwith_gil-must-be-used-instead", "0.16")]
    public void OldApiFailsWithTheGuideLinkAtTheRightLine(string crate, string severity, string code, int line, int column, string guideSection, string writtenFor)
    {
        var consumer = package.CreateConsumer($"migration-{crate}")
            .CopyFromRepository($"tests/CargoBuild.Tests/Fixtures/pyo3/crates/{crate}", "native")
            .WriteProject("Consumer.csproj", $"""<CargoCrate Include="native/Cargo.toml" PyO3UpgradedFrom="{writtenFor}" />""");

        var build = consumer.Build();

        Assert.Equal(severity == "error", build.ExitCode != 0);
        var diagnostic = Assert.Single(build.Diagnostics, found => found.Code == code && found.Line == line && found.Column == column);
        Assert.Equal((severity, consumer.PathOf("native/src/lib.rs")), (diagnostic.Severity, diagnostic.File));
        Assert.Contains("https://pyo3.rs/" + guideSection, diagnostic.Message);
    }

    /// <summary>Breakages cargo reports before anything compiles, with no Cargo.lock: the gate's pyo3 picks the rules.</summary>
    /// <summary>A feature pyo3 never had is a requirement (no upgrade needed); one it dropped is the upgrade's breaking change.</summary>
    [Theory]
    [InlineData("cargo-feature", "PY9907", "https://pyo3.rs/v0.29.2/features.html", "")]
    [InlineData("abi3-py36", "PY1601", "migration.html#drop-support-for-older-technologies", "0.15")]
    public void FeatureThisPyO3DoesNotHaveFailsWithTheRuleAtTheManifest(string crate, string code, string link, string writtenFor)
    {
        var consumer = package.CreateConsumer($"migration-{crate}")
            .CopyFromRepository($"tests/CargoBuild.Tests/Fixtures/pyo3/crates/{crate}", "native")
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""", properties: $"<PyO3UpgradedFrom>{writtenFor}</PyO3UpgradedFrom>");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Errors, found => found.Code == code);
        Assert.Equal(consumer.PathOf("native/Cargo.toml"), error.File);
        Assert.Contains(link, error.Message);
    }

    [Fact]
    public void LookAlikeErrorsInACrateWithoutPyO3GetNoPyO3Link()
    {
        var consumer = package.CreateConsumer("migration-control")
            .WriteCAbiCrate("native", "it_migration_control", """
                use std::rc::Rc;
                use serde::Deserialize;

                pub struct PyRawObject;

                #[no_mangle]
                pub extern "C" fn spawn() {
                    let shared = Rc::new(1);
                    std::thread::spawn(move || println!("{}", shared));
                }

                pub fn make(object: &PyRawObjec) {}
                """)
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(build.Errors, error => error.Code == "E0277" && error.Message.Contains("cannot be sent between threads safely"));
        Assert.Contains(build.Errors, error => error.Code == "E0432");
        Assert.DoesNotContain("pyo3.rs", build.Output);
        Assert.DoesNotContain(build.Diagnostics, diagnostic => diagnostic.Code.StartsWith("PY", StringComparison.Ordinal));
    }

    [Fact]
    public void ThreadSendErrorInAPyO3CrateIsNotTakenForThePyClassRule()
    {
        var consumer = package.CreateConsumer("migration-control-pyo3")
            .CopyFromRepository("tests/CargoBuild.Tests/Fixtures/pyo3/crates/pyclass-send", "native")
            .WriteFile("native/src/lib.rs", """
                use std::rc::Rc;

                use pyo3::prelude::*;

                #[pyfunction]
                fn spawn() {
                    let shared = Rc::new(1);
                    std::thread::spawn(move || println!("{}", shared));
                }
                """)
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(build.Errors, error => error.Code == "E0277");
        Assert.DoesNotContain("pyo3.rs", build.Output);
    }

    [Fact]
    public void UserRuleFileAddsARuleThatFiresOnARealBuild()
    {
        var consumer = package.CreateConsumer("migration-user-rules")
            .WriteFile("mylib/Cargo.toml", "[package]\nname = \"it_user_lib\"\nversion = \"2.0.0\"\nedition = \"2021\"\n")
            .WriteFile("mylib/src/lib.rs", "pub fn renamed_function() -> i32 { 1 }\n")
            .WriteCAbiCrate("native", "it_user_rules", """
                #[no_mangle]
                pub extern "C" fn answer() -> i32 {
                    it_user_lib::old_function()
                }
                """, manifestExtra: "\n[dependencies]\nit_user_lib = { path = \"../mylib\" }")
            .WriteFile("rules/mylib.toml", """
                format = 1

                [[rule]]
                id = "MYLIB-2-RENAME"
                code = "MYLIB0001"
                title = "old_function was renamed"
                package = "it_user_lib"
                url = "https://example.invalid/mylib/migrating-to-2.html#renames"
                fix = "Call it_user_lib::renamed_function instead."
                old-apis = ["old_function"]

                [[rule.signal]]
                versions = ">=2"
                message = 'cannot find function .old_function. in crate .it_user_lib.'
                """)
            .WriteProject("Consumer.csproj", """
                <CargoCrate Include="native/Cargo.toml" />
                <CargoDiagnosticRules Include="rules/mylib.toml" />
                """);

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Errors);
        Assert.Equal(("MYLIB0001", consumer.PathOf("native/src/lib.rs"), 3), (error.Code, error.File, error.Line));
        Assert.Contains("E0425: cannot find function `old_function` in crate `it_user_lib`", error.Message);
        Assert.Contains("Call it_user_lib::renamed_function instead. See https://example.invalid/mylib/migrating-to-2.html#renames", error.Message);

        // The rules the build parsed are kept in obj/ and read back by the next build, until a rule file changes.
        Assert.True(File.Exists(consumer.PathOf("obj/cargobuild/migration-rules.record")));
        Assert.Equal(error.Message, Assert.Single(consumer.Build().Errors).Message);
        var rules = File.ReadAllText(consumer.PathOf("rules/mylib.toml"));
        consumer.WriteFile("rules/mylib.toml", rules.Replace("renamed_function instead", "renamed_function() instead", StringComparison.Ordinal));
        Assert.Contains("Call it_user_lib::renamed_function() instead.", Assert.Single(consumer.Build().Errors).Message);
    }

    [Fact]
    public void BrokenUserRuleFileIsALocatedError()
    {
        var consumer = package.CreateConsumer("migration-broken-rules")
            .WriteCAbiCrate("native", "it_broken_rules")
            .WriteFile("rules/broken.toml", "format = 1\n\n[[rule]]\nid = \"X\"\ncode = \"X1\"\ntitle = \"t\"\nfix = \"f\"\nurl = \"https://example.invalid\"\n\n[[rule.signal]]\nmessage = '(unclosed'\n")
            .WriteProject("Consumer.csproj", """
                <CargoCrate Include="native/Cargo.toml" />
                <CargoDiagnosticRules Include="rules/broken.toml" />
                """);

        // The rules load while cargo runs; a build that reported the broken file must not be recorded as done.
        foreach (var build in new[] { consumer.Build(), consumer.Build() })
        {
            Assert.NotEqual(0, build.ExitCode);
            var error = Assert.Single(build.Errors);
            Assert.Equal(("CB3001", consumer.PathOf("rules/broken.toml"), 11), (error.Code, error.File, error.Line));
        }
    }
}
