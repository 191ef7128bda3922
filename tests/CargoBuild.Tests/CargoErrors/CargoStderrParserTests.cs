using System.Text.RegularExpressions;
using CargoBuild.CargoErrors;
using CargoBuild.Diagnostics;
using CargoBuild.Tests.CargoMessages;

namespace CargoBuild.Tests.CargoErrors;

/// <summary>cargo's own errors, recorded from real runs, located and coded.</summary>
public sealed class CargoStderrParserTests
{
    private const string Root = RecordedCargoOutput.Root;

    [Fact]
    public void BuildScriptFailureCarriesWhatTheScriptSaid()
    {
        var error = Assert.Single(Parse("build-script-failure", $"{Root}/build-script-failure/Cargo.toml").Diagnostics);

        Assert.Equal((DiagnosticSeverity.Error, "CB1003", $"{Root}/build-script-failure/Cargo.toml"), (error.Severity, error.Code, error.File));
        Assert.StartsWith("failed to run custom build command for `fixture_build_script_failure v0.1.0", error.Message);
        Assert.Contains("checking the native toolchain", error.Message);
        Assert.Contains("libexample was not found", error.Message);
    }

    [Theory]
    [InlineData("build-script-backtrace")]
    [InlineData("build-script-backtrace-full")]
    public void BuildScriptPanicWithRustBacktraceSaysThePanicAndItsLocationAndLeavesTheBacktraceToTheLog(string fixture)
    {
        var parser = new CargoStderrParser();
        var backtrace = RecordedCargoOutput.StandardError(fixture).Where(parser.Add).ToList();
        var error = Assert.Single(parser.Complete($"{Root}/build-script-failure/Cargo.toml").Diagnostics);
        var withoutBacktrace = Assert.Single(Parse("build-script-failure", $"{Root}/build-script-failure/Cargo.toml").Diagnostics);

        Assert.Equal("CB1003", error.Code);
        Assert.Contains("panicked at build.rs:3:5:; libexample was not found", error.Message);
        Assert.DoesNotContain("backtrace", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("rust_begin_unwind", error.Message);
        Assert.Equal(WithoutThreadId(withoutBacktrace.Message), WithoutThreadId(error.Message));
        Assert.Contains(backtrace, line => line.Trim() == "stack backtrace:");
        Assert.Contains(backtrace, line => line.Contains("build_script_build::main", StringComparison.Ordinal));
        Assert.Contains(backtrace, line => line.Contains("CARGO_PROFILE_DEV_BUILD_OVERRIDE_DEBUG", StringComparison.Ordinal));
        Assert.DoesNotContain(backtrace, line => line.Contains("libexample", StringComparison.Ordinal) || line.Contains("checking the native toolchain", StringComparison.Ordinal));
    }

    [Fact]
    public void ManifestErrorIsAtCargosLineAndColumn()
    {
        var error = Assert.Single(Parse("manifest-error", $"{Root}/manifest-error/Cargo.toml").Diagnostics);

        Assert.Equal(("CB1002", $"{Root}/manifest-error/Cargo.toml", 5, 11), (error.Code, error.File, error.Line, error.Column));
        Assert.Equal("invalid type: integer `12`, expected a string or workspace", error.Message);
    }

    [Fact]
    public void OldCargosManifestErrorNamesTheManifest()
    {
        var error = Assert.Single(Parse("old-toolchain-manifest-error", "/elsewhere/Cargo.toml").Diagnostics);

        Assert.Equal(("CB1002", $"{Root}/manifest-error/Cargo.toml"), (error.Code, error.File));
        Assert.Contains("data did not match any variant of untagged enum MaybeWorkspace for key `package.license`", error.Message);
    }

    [Fact]
    public void RustVersionErrorIsAtTheRustVersionLine()
    {
        var manifest = Fixtures.PathOf("cargo/msrv.Cargo.toml");
        var error = Assert.Single(Parse("msrv", manifest).Diagnostics);

        Assert.Equal(("CB1005", manifest, 5), (error.Code, error.File, error.Line));
        Assert.Contains("fixture_msrv@0.1.0 requires rustc 1.999", error.Message);
    }

    [Fact]
    public void LockFileTooNewForTheToolchainIsAtTheLockFile()
    {
        var error = Assert.Single(Parse("lock-too-new", $"{Root}/type-error/Cargo.toml").Diagnostics);

        Assert.Equal(("CB1004", $"{Root}/type-error/Cargo.lock"), (error.Code, error.File));
        Assert.Contains("lock file version `4` was found", error.Message);
    }

    [Theory]
    [InlineData("type-error")]
    [InlineData("macro-error")]
    [InlineData("old-toolchain-type-error")]
    public void CompileFailureSummaryIsNoDiagnosticButIsNoted(string fixture)
    {
        var result = Parse(fixture, $"{Root}/{fixture}/Cargo.toml");

        Assert.Empty(result.Diagnostics);
        Assert.True(result.SawCompileFailureSummary);
    }

    [Fact]
    public void CargosWarningsAreWarningsAndStatusLinesAreNot()
    {
        var result = Parse("workspace-space", $"{Root}/workspace-space/Cargo.toml");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, "CB1006", $"{Root}/workspace-space/Cargo.toml"), (warning.Severity, warning.Code, warning.File));
        Assert.StartsWith("virtual workspace defaulting to `resolver = \"1\"`", warning.Message);
        Assert.DoesNotContain("Compiling", warning.Message);
    }

    [Fact]
    public void SuccessfulBuildHasNothingToSay() =>
        Assert.Empty(Parse("warnings", $"{Root}/warnings/Cargo.toml").Diagnostics);

    // The panicking thread's id differs from run to run.
    private static string WithoutThreadId(string message) => Regex.Replace(message, @"thread 'main' \(\d+\)", "thread 'main'");

    private static CargoStderrResult Parse(string fixture, string manifest)
    {
        var parser = new CargoStderrParser();
        foreach (var line in RecordedCargoOutput.StandardError(fixture))
        {
            parser.Add(line);
        }

        return parser.Complete(manifest);
    }

    [Fact]
    public void AFloodOfBuildScriptWarningsKeepsTheFirstAndCountsTheRestButEveryError()
    {
        var parser = new CargoStderrParser();
        for (var index = 0; index < 20_000; index++)
        {
            parser.Add($"warning: flood@0.1.0: line {index} of what a build script printed");
        }

        parser.Add("error: failed to run custom build command for `flood v0.1.0`");
        foreach (var line in Enumerable.Range(0, 10_000).Select(index => $"  cause {index}"))
        {
            parser.Add(line);
        }

        var diagnostics = parser.Complete("/w/flood/Cargo.toml").Diagnostics;

        Assert.Equal(500, diagnostics.Count(diagnostic => diagnostic.Message.Contains("of what a build script printed", StringComparison.Ordinal)));
        var error = Assert.Single(diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.StartsWith("failed to run custom build command for `flood v0.1.0`; cause 0; cause 1", error.Message);
        Assert.Contains(diagnostics, diagnostic => diagnostic.Message == "cargo printed 19500 more warnings for /w/flood/Cargo.toml, not listed here; the build log has them all.");
    }
}
