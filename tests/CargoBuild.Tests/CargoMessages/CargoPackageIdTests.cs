using CargoBuild.CargoMessages;

namespace CargoBuild.Tests.CargoMessages;

public sealed class CargoPackageIdTests
{
    [Theory]
    [InlineData("registry+https://github.com/rust-lang/crates.io-index#pyo3@0.17.3", "pyo3")]
    [InlineData("path+file:///tmp/cargobuild-cargo-fixtures/warnings#fixture_warnings@0.1.0", "fixture_warnings")]
    [InlineData("path+file:///w/crates/it_python_module#0.1.0", "it_python_module")]
    [InlineData("fixture_warnings 0.1.0 (path+file:///tmp/cargobuild-cargo-fixtures/warnings)", "fixture_warnings")]
    public void NameIsReadFromEitherFormat(string packageId, string expected)
    {
        Assert.Equal(expected, CargoPackageId.Name(packageId));
    }
}
