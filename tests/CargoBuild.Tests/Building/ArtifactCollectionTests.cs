using CargoBuild.Building;
using CargoBuild.CargoMessages;
using CargoBuild.Diagnostics;

namespace CargoBuild.Tests.Building;

/// <summary>Which files of a real build the reader hands on, and as what: libraries, programs, static archives.</summary>
public sealed class ArtifactCollectionTests
{
    private readonly List<BuildDiagnostic> reported = [];

    [Fact]
    public void CargoNamesTheProgramOfEachBinTarget()
    {
        var artifacts = RecordedArtifactBuild.StandardOutput("mixed").Select(CargoMessageParser.Parse).OfType<CompilerArtifact>().ToList();

        // cargo compiles in parallel: the order of a re-recording may differ.
        Assert.Equal(
            [(null, "fixture_mixed"), ($"{RecordedArtifactBuild.Root}/target/debug/fixture_mixed", "fixture_mixed"), ($"{RecordedArtifactBuild.Root}/target/debug/mixed-tool", "mixed-tool")],
            artifacts.Select(artifact => (artifact.Executable, artifact.Target.Name)).Order());
    }

    [Fact]
    public void ACrateWithALibraryAndBinsGivesTheCdylibTheArchiveAndBothPrograms()
    {
        var reader = Read("mixed");

        Assert.Equal(
            [
                ($"{RecordedArtifactBuild.Root}/target/debug/fixture_mixed", NativeArtifactKind.Executable, "fixture_mixed"),
                ($"{RecordedArtifactBuild.Root}/target/debug/libfixture_mixed.a", NativeArtifactKind.StaticLibrary, "fixture_mixed"),
                ($"{RecordedArtifactBuild.Root}/target/debug/libfixture_mixed.so", NativeArtifactKind.SharedLibrary, "fixture_mixed"),
                ($"{RecordedArtifactBuild.Root}/target/debug/mixed-tool", NativeArtifactKind.Executable, "mixed-tool"),
            ],
            reader.Artifacts.Select(artifact => (artifact.Path, artifact.Kind, artifact.TargetName)).OrderBy(artifact => artifact.Path, StringComparer.Ordinal));
        Assert.Empty(reported);
    }

    [Fact]
    public void ABinOnlyCrateGivesItsProgram()
    {
        var artifact = Assert.Single(Read("bin-only").Artifacts);

        Assert.Equal(($"{RecordedArtifactBuild.Root}/target/debug/fixture_bin_only", NativeArtifactKind.Executable), (artifact.Path, artifact.Kind));
    }

    [Fact]
    public void ExamplesTestsAndOtherPackagesProgramsAreNotTheCratesPrograms()
    {
        var reader = new CargoBuildOutputReader(new RustcDiagnosticMapper("/w"), reported.Add, _ => { });

        foreach (var line in new[]
        {
            "{\"reason\":\"compiler-artifact\",\"package_id\":\"path+file:///w#app@0.1.0\",\"target\":{\"name\":\"demo\",\"kind\":[\"example\"],\"crate_types\":[\"bin\"]},\"filenames\":[\"/t/examples/demo\"],\"executable\":\"/t/examples/demo\"}",
            "{\"reason\":\"compiler-artifact\",\"package_id\":\"path+file:///w#app@0.1.0\",\"target\":{\"name\":\"smoke\",\"kind\":[\"test\"],\"crate_types\":[\"bin\"]},\"filenames\":[\"/t/deps/smoke-1a2b\"],\"executable\":\"/t/deps/smoke-1a2b\"}",
            "{\"reason\":\"compiler-artifact\",\"package_id\":\"registry+https://github.com/rust-lang/crates.io-index#tool@1.0.0\",\"target\":{\"name\":\"tool\",\"kind\":[\"bin\"],\"crate_types\":[\"bin\"]},\"filenames\":[\"/t/tool\"],\"executable\":\"/t/tool\"}",
        })
        {
            reader.ReadStandardOutput(line);
        }

        Assert.Empty(reader.Artifacts);
    }

    private CargoBuildOutputReader Read(string fixture)
    {
        var reader = new CargoBuildOutputReader(new RustcDiagnosticMapper($"{RecordedArtifactBuild.Root}/{fixture}"), reported.Add, _ => { });
        foreach (var line in RecordedArtifactBuild.StandardOutput(fixture))
        {
            reader.ReadStandardOutput(line);
        }

        return reader;
    }
}
