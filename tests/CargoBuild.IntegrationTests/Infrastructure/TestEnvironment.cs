namespace CargoBuild.IntegrationTests.Infrastructure;

/// <summary>Folders shared by every integration test of one run.</summary>
public static class TestEnvironment
{
    /// <summary>One cargo target folder for every test crate (unique package names keep them apart): pyo3 compiles once.</summary>
    public static string SharedCargoTargetDirectory { get; } =
        Environment.GetEnvironmentVariable("CARGOBUILD_TEST_TARGET_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "cargobuild-tests", "target");

    /// <summary>Debian's packaged crate sources (librust-pyo3-dev), used as an offline crates.io replacement.</summary>
    public const string DebianCrateRegistry = "/usr/share/cargo/registry";

    /// <summary>The rustup name build/test.sh links Debian's rustc 1.63 under.</summary>
    public const string OldToolchain = "debian-1.63";

    public static string RuntimeIdentifier =>
        (OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux") + "-" +
        System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();

    /// <summary>rustc's host triple: the Rust target that <see cref="RuntimeIdentifier"/> stands for.</summary>
    public static string HostTriple { get; } = ReadHostTriple();

    public static string NativeLibraryName(string crateName) =>
        OperatingSystem.IsWindows() ? $"{crateName}.dll" : OperatingSystem.IsMacOS() ? $"lib{crateName}.dylib" : $"lib{crateName}.so";

    private static string ReadHostTriple()
    {
        var rustc = DotNet.RunProcess("rustc", Path.GetTempPath(), null, "-vV");
        return rustc.Output.Split('\n').Select(line => line.Trim()).First(line => line.StartsWith("host: ", StringComparison.Ordinal))["host: ".Length..];
    }
}
