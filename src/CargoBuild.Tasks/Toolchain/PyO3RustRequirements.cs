using CargoBuild.Manifests;
using CargoBuild.Versions;

namespace CargoBuild.Toolchain;

/// <summary>The minimum Rust of each PyO3 version, from the data file shipped inside the assembly.</summary>
internal sealed class PyO3RustRequirements
{
    private readonly IReadOnlyList<(CargoVersion PyO3, CargoVersion Rust)> floors;

    private PyO3RustRequirements(IReadOnlyList<(CargoVersion, CargoVersion)> floors, CargoVersion firstStableVersion, string stableRustGuide)
    {
        this.floors = floors;
        FirstStableVersion = firstStableVersion;
        StableRustGuide = stableRustGuide;
    }

    public static PyO3RustRequirements BuiltIn { get; } = Load();

    /// <summary>PyO3 below this version needs a nightly compiler.</summary>
    public CargoVersion FirstStableVersion { get; }

    /// <summary>The migration guide's section on moving to stable Rust.</summary>
    public string StableRustGuide { get; }

    public CargoVersion? MinimumRustFor(CargoVersion pyo3) =>
        floors.LastOrDefault(floor => floor.PyO3 <= pyo3.Release).Rust;

    private static PyO3RustRequirements Load()
    {
        using var stream = typeof(PyO3RustRequirements).Assembly.GetManifestResourceStream("CargoBuild.Toolchain.pyo3-minimum-rust.toml")!;
        using var reader = new StreamReader(stream);
        var diagnostics = new List<CargoBuild.Diagnostics.BuildDiagnostic>();
        var document = TomlDocument.Parse(reader.ReadToEnd(), "pyo3-minimum-rust.toml", CargoBuild.Diagnostics.DiagnosticCodes.InternalError, diagnostics)
            ?? throw new InvalidDataException("The built-in PyO3 minimum Rust table is not valid TOML.");
        var floors = document.ChildrenOf("minimum-rust")
            .Select(key => (CargoVersion.Parse(key), CargoVersion.Parse(document.Get("minimum-rust", key)!.AsString!)))
            .OrderBy(floor => floor.Item1)
            .ToArray();
        return new PyO3RustRequirements(floors, CargoVersion.Parse(document.Get("first-stable-version")!.AsString!),
            document.Get("stable-rust-guide")!.AsString!);
    }
}
