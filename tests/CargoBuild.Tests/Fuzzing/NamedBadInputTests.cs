using CargoBuild.CargoErrors;
using CargoBuild.Diagnostics;
using CargoBuild.Manifests;
using CargoBuild.Migrations;
using CargoBuild.Tests.Manifests;
using CargoBuild.Toolchain;

namespace CargoBuild.Tests.Fuzzing;

/// <summary>The inputs that once ended in "a bug in CargoBuild", each now a located error or a handled value.</summary>
public sealed class NamedBadInputTests
{
    private static readonly string DeeplyNested = "a = " + new string('[', 70) + "\n";

    [Theory]
    [InlineData("[package]\nname = \"x\\", 2)]
    [InlineData("[package]\nname = \"x\"\nversion = \"0.1.0\"\nmetadata = { a = \"\\", 4)]
    public void ATomlStringCutOffAfterABackslash(string manifest, int _)
    {
        AssertOneError(DiagnosticCodes.MalformedManifest.Code, "/crate/Cargo.toml", diagnostics => TomlDocument.Parse(manifest, "/crate/Cargo.toml", DiagnosticCodes.MalformedManifest, diagnostics));
        AssertOneError(DiagnosticCodes.MalformedLockFile.Code, "/crate/Cargo.lock", diagnostics => CargoLockFile.Parse(manifest, "/crate/Cargo.lock", diagnostics));
        AssertOneError(MigrationRuleFile.ErrorCode.Code, "/rules/mine.toml", diagnostics => MigrationRuleFile.Parse(manifest, "/rules/mine.toml", diagnostics));
    }

    [Fact]
    public void TomlNestedDeeperThanTheParserGoes()
    {
        var error = AssertOneError(DiagnosticCodes.MalformedManifest.Code, "/crate/Cargo.toml", diagnostics => TomlDocument.Parse(DeeplyNested, "/crate/Cargo.toml", DiagnosticCodes.MalformedManifest, diagnostics));
        Assert.Equal("Cargo.toml is not valid TOML: The maximum depth of 64 has been exceeded.", error.Message);
        AssertOneError(DiagnosticCodes.MalformedLockFile.Code, "/crate/Cargo.lock", diagnostics => CargoLockFile.Parse(DeeplyNested, "/crate/Cargo.lock", diagnostics));
        AssertOneError(MigrationRuleFile.ErrorCode.Code, "/rules/mine.toml", diagnostics => MigrationRuleFile.Parse(DeeplyNested, "/rules/mine.toml", diagnostics));
    }

    [Fact]
    public void AnEmptyDependencyInTheLockFile()
    {
        var lockFile = CargoLockFile.Parse("version = 3\n[[package]]\nname = \"app\"\nversion = \"0.1.0\"\ndependencies = [\"\"]\n", "/crate/Cargo.lock", new List<BuildDiagnostic>());
        Assert.Empty(lockFile!.ResolvedVersionsInGraphOf("app", "pyo3"));
    }

    [Theory]
    [InlineData("[package]\nname = \"x\"\nversion = \"0.1.0\"\nworkspace = \"\\u0000\"\n", 4, "package.workspace")]
    [InlineData("[workspace]\nmembers = [\"a\"]\ndefault-members = [\"a\\u0000b\"]\n", 3, "workspace.default-members")]
    public void AWorkspacePathThatIsNoPath(string manifest, int line, string key)
    {
        using var crates = new TemporaryCrates();
        var path = crates.Write("crate/Cargo.toml", manifest);
        var diagnostics = new List<BuildDiagnostic>();
        CargoWorkspace.Load(path, diagnostics)?.DefaultPackageNames(diagnostics);
        CrateToolchainAnalyzer.Analyze(path, diagnostics);
        var error = Assert.Single(diagnostics.DistinctBy(diagnostic => diagnostic.Message));
        Assert.Equal((DiagnosticCodes.MalformedManifest.Code, path, line), (error.Code, error.File, error.Line));
        Assert.Contains($"'{key}' is not a path", error.Message);
    }

    [Theory]
    [InlineData("error: failed to parse manifest\n  --> Cargo.toml:99999999999:3\n", "Cargo.toml", 0)]
    [InlineData("error: failed to parse manifest\n  --> Carg\0o.toml:4:3\n", "Cargo.toml", 0)]
    [InlineData("error: failed to parse manifest at `{folder}`\n\nCaused by:\n  rustc 9.0 is not supported by the following package: x requires rustc 9.0 or newer\n", "", 0)]
    [InlineData("error: failed to parse manifest\n\nCaused by:\n  TOML parse error at line 2147483648, column 1\n", "Cargo.toml", 0)]
    public void CargoErrorsWithPositionsAndPathsThatAreNone(string stderr, string file, int line)
    {
        using var crates = new TemporaryCrates();
        var manifest = crates.Write("crate/Cargo.toml", "[package]\nname = \"x\"\n");
        var folder = Path.GetDirectoryName(manifest)!;
        var parser = new CargoStderrParser();
        foreach (var text in stderr.Replace("{folder}", folder, StringComparison.Ordinal).Split('\n'))
        {
            parser.Add(text);
        }

        var error = Assert.Single(parser.Complete(manifest).Diagnostics);
        Assert.StartsWith("failed to parse manifest", error.Message);
        Assert.Equal((Path.Combine(folder, file), line), (error.File, error.Line));
    }

    [Theory]
    [InlineData("0.1.0-alpha.1\r\n+build.5")]
    [InlineData("0.1.0-\U0010FFFF")]
    [InlineData("0.1.0-a..b")]
    [InlineData("0.1.0+")]
    public void APreReleaseOrBuildThatSemVerRefuses(string text) => Assert.False(CargoBuild.Versions.CargoVersion.TryParse(text, out _));

    private static BuildDiagnostic AssertOneError(string code, string file, Action<List<BuildDiagnostic>> parse)
    {
        var diagnostics = new List<BuildDiagnostic>();
        parse(diagnostics);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, code, file), (error.Severity, error.Code, error.File));
        Assert.Contains("is not valid TOML", error.Message);
        return error;
    }
}
