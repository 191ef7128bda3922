using CargoBuild.Toolchain;
using CargoBuild.UpToDate;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Fuzzing;

/// <summary>Damaged dep-info, build-script output, versions, version requirements and rustc -vV output are read or refused, never an exception.</summary>
public sealed class SmallFormatFuzzTests
{
    // What `rustc -vV` printed for the three toolchains of the development machine.
    private static readonly string[] RustcVersions =
    [
        "rustc 1.95.0 (59807616e 2026-04-14)\nbinary: rustc\ncommit-hash: 59807616e1fa2540724bfbac14d7976d7e4a3860\ncommit-date: 2026-04-14\nhost: x86_64-unknown-linux-gnu\nrelease: 1.95.0\nLLVM version: 22.1.2\n",
        "rustc 1.63.0\nbinary: rustc\ncommit-hash: unknown\ncommit-date: unknown\nhost: x86_64-unknown-linux-gnu\nrelease: 1.63.0\nLLVM version: 14.0.6\n",
        "rustc 1.97.0-nightly (0d9a45ff7 2026-05-02)\nbinary: rustc\ncommit-hash: 0d9a45ff7b42f5fbc1e0bdfed0ea6b1b97e6bc3a\ncommit-date: 2026-05-02\nhost: x86_64-unknown-linux-gnu\nrelease: 1.97.0-nightly\nLLVM version: 22.1.4\n",
    ];

    private static readonly string[] Versions = ["0.28.2", "1.95.0", "1.97.0-nightly", "0.1.0-alpha.1+build.5", "^0.22", "~1.2.3", ">=0.20, <0.23", "=0.17.3", "0.*", "*", "1.63"];

    private static readonly string[] BuildScriptOutputs =
    [
        "cargo:rerun-if-env-changed=FLAVOUR\ncargo:rustc-cfg=flavoured\ncargo::rerun-if-env-changed=OTHER\ncargo:warning=hello\n",
        "cargo:rustc-link-lib=python3.11\ncargo:rustc-cfg=Py_3_7\ncargo:rerun-if-changed=build.rs\n",
    ];

    [Fact]
    public void DepInfo() =>
        FuzzCheck.Handles(FuzzInput.MutationsOf(FuzzSeeds.DepInfo), text =>
        {
            DepInfoFile.Dependencies(text);
            DepInfoFile.EnvironmentVariables(text);
        }, iterations: 3000);

    [Fact]
    public void BuildScriptOutput() =>
        FuzzCheck.Handles(FuzzInput.MutationsOf(BuildScriptOutputs), text => BuildScriptOutputFile.EnvironmentVariables(text), iterations: 2000);

    [Fact]
    public void VersionsAndRequirements() =>
        FuzzCheck.Handles(FuzzInput.MutationsOf(Versions), text =>
        {
            if (CargoVersion.TryParse(text, out var version))
            {
                Assert.Equal(0, version!.CompareTo(CargoVersion.Parse(version.ToString())));
            }

            if (VersionRequirement.TryParse(text, out var requirement, out _))
            {
                requirement!.IsSatisfiedBy(CargoVersion.Parse("0.28.2"));
                requirement.LowestAdmitted();
            }
        }, iterations: 5000);

    [Fact]
    public void RustcVersionOutput() =>
        FuzzCheck.Handles(FuzzInput.MutationsOf(RustcVersions), text => RustcVersionInfo.Parse(text), iterations: 3000);
}
