using CargoBuild.Building;
using CargoBuild.Tests.Manifests;

namespace CargoBuild.Tests.Building;

/// <summary>On the real Cargo.lock of a pyo3 0.17.3 crate (Fixtures/locks), whose package pyprobe depends on pyo3.</summary>
public sealed class PythonModuleDetectionTests : IDisposable
{
    private readonly TemporaryCrates files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void ALibraryWhosePackageDependsOnPyO3IsAModuleAndOneWhoseDoesNotIsNot()
    {
        files.Write("Cargo.lock", File.ReadAllText(Fixtures.PathOf("locks/pyo3-0.17.3-cargo-1.95.lock")));
        NativeArtifact[] artifacts =
        [
            new($"{files.Root}/target/debug/libpyprobe.so", $"path+file://{files.Root}#pyprobe@0.1.0", "pyprobe"),
            new($"{files.Root}/target/debug/libunindent.so", "registry+https://github.com/rust-lang/crates.io-index#unindent@0.1.8", "unindent"),
            new($"{files.Root}/target/debug/libnot_locked.so", $"path+file://{files.Root}/not_locked#0.1.0", "not_locked"),
        ];

        var marked = PythonModuleDetection.Mark(artifacts, files.Root);

        Assert.Equal([true, false, false], marked.Select(artifact => artifact.IsPythonModule));
        Assert.Equal(artifacts.Select(artifact => artifact.Path), marked.Select(artifact => artifact.Path));
    }

    [Fact]
    public void WithoutALockFileEveryLibraryOfTheBuildIsTakenToBeAModule()
    {
        var marked = PythonModuleDetection.Mark([new($"{files.Root}/target/debug/libx.so", $"path+file://{files.Root}#x@0.1.0", "x")], files.Root);

        Assert.True(Assert.Single(marked).IsPythonModule);
    }
}
