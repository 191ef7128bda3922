using CargoBuild.Diagnostics;
using CargoBuild.Tests.Manifests;
using CargoBuild.Toolchain;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Toolchain;

public sealed class CrateToolchainAnalyzerTests : IDisposable
{
    private readonly TemporaryCrates crates = new();

    public void Dispose() => crates.Dispose();

    public static TheoryData<string, string> PyO3Declarations => new()
    {
        { "plain string", "[dependencies]\npyo3 = \"0.17\"\n" },
        { "table", "[dependencies]\npyo3 = { version = \"0.17\", features = [\"extension-module\"] }\n" },
        { "renamed", "[dependencies]\npy = { package = \"pyo3\", version = \"0.17\" }\n" },
        { "target-specific", "[target.'cfg(unix)'.dependencies]\npyo3 = \"0.17\"\n" },
        { "build dependency", "[build-dependencies]\npyo3 = \"0.17\"\n" },
        { "dotted table", "[dependencies.pyo3]\nversion = \"0.17\"\n" },
    };

    [Theory]
    [MemberData(nameof(PyO3Declarations))]
    public void FindsPyO3HoweverItIsDeclared(string form, string dependencies)
    {
        var manifest = crates.Write("c/Cargo.toml", "[package]\nname = \"c\"\nversion = \"0.1.0\"\n" + dependencies);

        var facts = Analyze(manifest);

        Assert.True(facts.PyO3 is not null, form);
        Assert.Equal([CargoVersion.Parse("0.17.0")], facts.PyO3.Versions);
        Assert.Equal((manifest, 5), (facts.PyO3.File, facts.PyO3.Line));
    }

    [Fact]
    public void DevDependenciesAndOtherCratesAreNotPyO3()
    {
        var manifest = crates.Write("c/Cargo.toml", "[package]\nname = \"c\"\nversion = \"0.1.0\"\n[dev-dependencies]\npyo3 = \"0.17\"\n[dependencies]\npyo3-log = \"0.8\"\n");

        Assert.Null(Analyze(manifest).PyO3);
    }

    [Fact]
    public void OwnRustVersionIsLocatedInTheManifest()
    {
        var manifest = crates.Write("c/Cargo.toml", "[package]\nname = \"c\"\nversion = \"0.1.0\"\nrust-version = \"1.70\"\n");

        var requirement = Assert.Single(Analyze(manifest).RustRequirements);

        Assert.Equal((CargoVersion.Parse("1.70"), "1.70", "Cargo.toml rust-version"), (requirement.Version, requirement.Text, requirement.Origin));
        Assert.Equal((manifest, 4, 1), (requirement.File, requirement.Line, requirement.Column));
    }

    [Fact]
    public void WorkspaceInheritanceOfRustVersionAndPyO3ThroughAGlobMember()
    {
        var root = crates.Write("Cargo.toml", """
            [workspace]
            members = ["crates/*"]
            exclude = ["crates/skipped"]

            [workspace.package]
            rust-version = "1.74"

            [workspace.dependencies]
            py = { package = "pyo3", version = "0.20" }
            """);
        var member = crates.Write("crates/ext/Cargo.toml", """
            [package]
            name = "ext"
            version = "0.1.0"
            rust-version.workspace = true

            [dependencies]
            py.workspace = true
            """);

        var facts = Analyze(member);

        var requirement = Assert.Single(facts.RustRequirements);
        Assert.Equal(("1.74", "[workspace.package] rust-version", root, 6), (requirement.Text, requirement.Origin, requirement.File, requirement.Line));
        Assert.Equal([CargoVersion.Parse("0.20.0")], facts.PyO3!.Versions);
        Assert.Equal((root, 9), (facts.PyO3.File, facts.PyO3.Line));
        Assert.Equal(crates.Root, facts.WorkspaceRoot);
    }

    [Fact]
    public void VirtualWorkspaceChecksEveryMemberTheGlobsSelect()
    {
        var root = crates.Write("Cargo.toml", "[workspace]\nmembers = [\"crates/*\", \"tools/**\"]\nexclude = [\"crates/old\"]\n");
        crates.Write("crates/a/Cargo.toml", "[package]\nname = \"a\"\nversion = \"0.1.0\"\nrust-version = \"1.60\"\n");
        crates.Write("tools/deep/b/Cargo.toml", "[package]\nname = \"b\"\nversion = \"0.1.0\"\nrust-version = \"1.65\"\n");
        crates.Write("crates/old/Cargo.toml", "[package]\nname = \"old\"\nversion = \"0.1.0\"\nrust-version = \"1.99\"\n");

        var facts = Analyze(root);

        Assert.Equal(["1.60", "1.65"], facts.RustRequirements.Select(requirement => requirement.Text).Order());
    }

    [Fact]
    public void LockedVersionWinsOverTheRequirement()
    {
        var manifest = crates.Write("c/Cargo.toml", "[package]\nname = \"c\"\nversion = \"0.1.0\"\n[dependencies]\npyo3 = \"0.17\"\n");
        crates.Write("c/Cargo.lock", "version = 3\n[[package]]\nname = \"c\"\nversion = \"0.1.0\"\ndependencies = [\"pyo3\"]\n[[package]]\nname = \"pyo3\"\nversion = \"0.17.3\"\n");

        var facts = Analyze(manifest);

        Assert.Equal(("Cargo.lock", CargoVersion.Parse("0.17.3")), (facts.PyO3!.Source, facts.PyO3.Versions[0]));
    }

    [Fact]
    public void MemberLockFileIsTheWorkspaceRootsOne()
    {
        crates.Write("Cargo.toml", "[workspace]\nmembers = [\"m\"]\n");
        var member = crates.Write("m/Cargo.toml", "[package]\nname = \"m\"\nversion = \"0.1.0\"\n[dependencies]\npyo3 = \"0.17\"\n");
        crates.Write("Cargo.lock", "version = 4\n[[package]]\nname = \"m\"\nversion = \"0.1.0\"\ndependencies = [\"pyo3\"]\n[[package]]\nname = \"pyo3\"\nversion = \"0.17.2\"\n");

        var facts = Analyze(member);

        Assert.Equal(CargoVersion.Parse("0.17.2"), facts.PyO3!.Versions[0]);
        Assert.Equal([member, Path.Combine(crates.Root, "Cargo.toml"), Path.Combine(crates.Root, "Cargo.lock"), member], facts.WorkspaceFiles);
    }

    [Fact]
    public void MalformedManifestIsAnErrorAtItsLineAndColumn()
    {
        var manifest = crates.Write("c/Cargo.toml", "[package]\nname = \"c\"\nversion = \"0.1.0\nedition = \"2021\"\n");
        var diagnostics = new List<BuildDiagnostic>();

        Assert.Null(CrateToolchainAnalyzer.Analyze(manifest, diagnostics));

        var error = diagnostics[0];
        Assert.Equal(("CB2010", manifest, 3, 17), (error.Code, error.File, error.Line, error.Column));
    }

    [Theory]
    [InlineData("rust-version = \"1.70-nightly\"")]
    [InlineData("rust-version = \"latest\"")]
    public void InvalidRustVersionIsLocated(string line)
    {
        var manifest = crates.Write("c/Cargo.toml", $"[package]\nname = \"c\"\nversion = \"0.1.0\"\n{line}\n");
        var diagnostics = new List<BuildDiagnostic>();

        Assert.Null(CrateToolchainAnalyzer.Analyze(manifest, diagnostics));

        Assert.Equal(("CB2012", 4), (diagnostics[0].Code, diagnostics[0].Line));
    }

    private static CrateToolchainFacts Analyze(string manifest)
    {
        var diagnostics = new List<BuildDiagnostic>();
        var facts = CrateToolchainAnalyzer.Analyze(manifest, diagnostics);
        Assert.Empty(diagnostics);
        return facts!;
    }
}
