using CargoBuild.Toolchain;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Toolchain;

public sealed class ToolchainPolicyTests
{
    private static readonly RustcVersionInfo Stable195 = RustcVersionInfo.Parse("release: 1.95.0")!;
    private static readonly RustcVersionInfo Debian163 = RustcVersionInfo.Parse("release: 1.63.0")!;
    private static readonly RustcVersionInfo Nightly170 = RustcVersionInfo.Parse("release: 1.70.0-nightly")!;
    private static readonly RustcVersionInfo Beta195 = RustcVersionInfo.Parse("release: 1.95.0-beta.3")!;

    [Fact]
    public void PassingGateSaysWhatMetWhatInOneLine()
    {
        var facts = Facts(rustVersion: "1.70", pyo3: ["0.17.3"]);

        var verdict = ToolchainPolicy.Evaluate(facts, Stable195, Settings(pyo3Minimum: "0.11"), PyO3RustRequirements.BuiltIn);

        Assert.True(verdict.Passed);
        Assert.Equal("rustc 1.95.0 (stable) meets 1.70 (Cargo.toml rust-version); pyo3 0.17.3 (Cargo.lock) meets 0.11 (the PyO3MinimumVersion property)", verdict.Summary);
    }

    [Fact]
    public void OldToolchainFailsAtTheRustVersionLineNamingBothVersions()
    {
        var verdict = ToolchainPolicy.Evaluate(Facts(rustVersion: "1.70"), Debian163, Settings(), PyO3RustRequirements.BuiltIn);

        var error = Assert.Single(verdict.Errors);
        Assert.Equal(("CB2001", "/c/Cargo.toml", 4), (error.Code, error.File, error.Line));
        Assert.Contains("rustc 1.63.0 (stable) is older than Rust 1.70, which Cargo.toml rust-version requires", error.Message);
    }

    [Theory]
    [InlineData("1.60", null, "1.60 (Cargo.toml rust-version)")]
    [InlineData("1.60", "1.80", "1.80 (the RustMinimumVersion property)")]
    [InlineData(null, null, "1.83 (pyo3 0.28.1's minimum Rust)")]
    public void RequiredRustIsTheHighestOfEverySource(string? rustVersion, string? userMinimum, string expected)
    {
        var verdict = ToolchainPolicy.Evaluate(Facts(rustVersion, pyo3: rustVersion is null ? ["0.28.1"] : []), Stable195, Settings(rustMinimum: userMinimum), PyO3RustRequirements.BuiltIn);

        Assert.Contains($"meets {expected}", verdict.Summary);
    }

    [Fact]
    public void NightlyMeetsItsOwnReleaseAsCargoJudges() =>
        Assert.True(ToolchainPolicy.Evaluate(Facts(rustVersion: "1.70"), Nightly170, Settings(), PyO3RustRequirements.BuiltIn).Passed);

    [Theory]
    [InlineData("nightly", false)]
    [InlineData("beta", false)]
    [InlineData("stable", true)]
    public void RequireStableRejectsEveryOtherChannel(string channel, bool passes)
    {
        var toolchain = channel switch { "nightly" => Nightly170, "beta" => Beta195, _ => Stable195 };

        var verdict = ToolchainPolicy.Evaluate(Facts(), toolchain, Settings(requireStable: true), PyO3RustRequirements.BuiltIn);

        Assert.Equal(passes, verdict.Passed);
        if (!passes)
        {
            Assert.Equal("CB2002", Assert.Single(verdict.Errors).Code);
        }
    }

    [Fact]
    public void PyO3BeforeStableRustNeedsNightlyAndLinksTheGuide()
    {
        var verdict = ToolchainPolicy.Evaluate(Facts(pyo3: ["0.10.0"]), Stable195, Settings(), PyO3RustRequirements.BuiltIn);

        var error = Assert.Single(verdict.Errors);
        Assert.Equal("CB2003", error.Code);
        Assert.Equal("https://pyo3.rs/v0.11.0/migration.html#stable-rust", error.HelpLink);
        Assert.Contains("https://pyo3.rs/v0.11.0/migration.html#stable-rust", error.Message);
        Assert.Contains("0.11 or later", error.Message);
        Assert.Equal(("/c/Cargo.toml", 6), (error.File, error.Line));
    }

    [Fact]
    public void PyO3BeforeStableRustIsFineOnNightly() =>
        Assert.True(ToolchainPolicy.Evaluate(Facts(pyo3: ["0.10.0"]), Nightly170, Settings(), PyO3RustRequirements.BuiltIn).Passed);

    [Theory]
    [InlineData("0.18", false)]
    [InlineData("0.17", true)]
    [InlineData("0.17.3", true)]
    [InlineData("0.17.4", false)]
    public void PyO3MinimumIsComparedWithTheResolvedVersion(string minimum, bool passes)
    {
        var verdict = ToolchainPolicy.Evaluate(Facts(pyo3: ["0.17.3"]), Stable195, Settings(pyo3Minimum: minimum), PyO3RustRequirements.BuiltIn);

        Assert.Equal(passes, verdict.Passed);
        if (!passes)
        {
            var error = Assert.Single(verdict.Errors);
            Assert.Equal("CB2004", error.Code);
            Assert.Contains($"pyo3 0.17.3 (Cargo.lock) is older than {minimum}", error.Message);
        }
    }

    [Fact]
    public void TwoPyO3VersionsInOneGraphFail()
    {
        var verdict = ToolchainPolicy.Evaluate(Facts(pyo3: ["0.17.3", "0.20.0"]), Stable195, Settings(), PyO3RustRequirements.BuiltIn);

        Assert.Contains(verdict.Errors, error => error.Code == "CB2005" && error.Message.Contains("0.17.3, 0.20.0"));
    }

    [Theory]
    [InlineData("0.11.0", "1.39")]
    [InlineData("0.13.1", "1.45")]
    [InlineData("0.13.2", "1.41")]
    [InlineData("0.17.3", "1.48")]
    [InlineData("0.20.0", "1.56")]
    [InlineData("0.22.5", "1.63")]
    [InlineData("0.27.2", "1.74")]
    [InlineData("0.29.2", "1.83")]
    [InlineData("0.21.0-beta.0", "1.56")]
    public void BuiltInTableKnowsEachPyO3LinesMinimumRust(string pyo3, string rust) =>
        Assert.Equal(CargoVersion.Parse(rust), PyO3RustRequirements.BuiltIn.MinimumRustFor(CargoVersion.Parse(pyo3)));

    private static CrateToolchainFacts Facts(string? rustVersion = null, string[]? pyo3 = null) => new(
        "/c/Cargo.toml",
        "/c",
        rustVersion is null ? [] : [new VersionRequirementSource(CargoVersion.Parse(rustVersion), rustVersion, "Cargo.toml rust-version") { File = "/c/Cargo.toml", Line = 4, Column = 1 }],
        pyo3 is null or [] ? null : new PyO3Resolution([.. pyo3.Select(CargoVersion.Parse)], "Cargo.lock") { File = "/c/Cargo.toml", Line = 6, Column = 1 });

    private static ToolchainSettings Settings(string? rustMinimum = null, bool requireStable = false, string? pyo3Minimum = null) => new(
        rustMinimum is null ? null : new VersionRequirementSource(CargoVersion.Parse(rustMinimum), rustMinimum, "the RustMinimumVersion property"),
        requireStable,
        pyo3Minimum is null ? null : new VersionRequirementSource(CargoVersion.Parse(pyo3Minimum), pyo3Minimum, "the PyO3MinimumVersion property"));
}
