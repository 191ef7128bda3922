using System.Text.RegularExpressions;
using CargoBuild.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace CargoBuild.IntegrationTests.Migrations;

/// <summary>
/// PyO3's own compile-fail suite (tests/ui of Debian's pyo3 0.17.3, the ui tests its test_compile_error.rs runs on
/// stable), built as users build through the packed package: each is a mistake in code written for that very pyo3, so
/// no diagnostic may claim an upgrade, and a link is allowed only where the error is PyO3's own requirement. The ui
/// sources are read from the registry at test time, never committed.
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed partial class PyO3UiSuiteTests(PackagedCargoBuild package, ITestOutputHelper output)
{
    /// <summary>The ui tests that may get a PyO3 link: the guide sections (or changelog anchors) each may get, and why.</summary>
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<(string Anchor, string Reason)>> AllowedLinks = new Dictionary<string, IReadOnlyList<(string, string)>>
    {
        ["pyclass_send"] =
        [
            ("pyclass-structs-must-now-be-send-or-unsendable", "a #[pyclass] holding an Rc fails PyO3's own Send bound on pyclasses"),
            ("the-deprecated-pythonacquire_gil-was-removed-and-pythonwith_gil-must-be-used-instead", "it calls Python::acquire_gil, which pyo3 0.17 itself deprecates"),
        ],
        ["deprecations"] = [("0180---2023-01-17", "#[pyclass(gc)] is PyO3's own deprecated option (denied), which 0.18 removed")],
    };

    [Fact]
    public void CompileFailSuiteClaimsNoUpgradeAndLinksOnlyPyO3Requirements()
    {
        var registry = PyO3Registry.ForMinor("0.17");
        var sources = Path.Combine(registry.Directory, $"pyo3-{registry.Version}", "tests");
        var uiTests = StableUiTests(File.ReadAllText(Path.Combine(sources, "test_compile_error.rs")));
        // No registry of its own: the package root's .cargo/config.toml already serves Debian's crates, bookworm's pyo3 among them.
        var consumer = package.CreateConsumer("pyo3-ui-suite");
        foreach (var uiTest in uiTests)
        {
            consumer.WriteFile($"ui/{uiTest}/Cargo.toml", $"""
                    [package]
                    name = "pyo3_ui_{uiTest}"
                    version = "0.1.0"
                    edition = "2021"
                    publish = false

                    [dependencies]
                    pyo3 = "{registry.Version}"
                    """)
                .WriteFile($"ui/{uiTest}/src/main.rs", File.ReadAllText(Path.Combine(sources, "ui", $"{uiTest}.rs")));
        }

        consumer.WriteFile("ui/Cargo.toml", $"""
                [workspace]
                resolver = "2"
                members = [{string.Join(", ", uiTests.Select(uiTest => $"\"{uiTest}\""))}]
                """)
            .WriteProject("Consumer.csproj", """<CargoCrate Include="ui/Cargo.toml" CargoArgs="--keep-going" CopyToOutput="false" />""");

        var build = consumer.Build();

        var diagnostics = UiDiagnostic().Matches(build.Output)
            .Select(line => (UiTest: UiTestOf(consumer, line.Groups["file"].Value), Severity: line.Groups["severity"].Value, Code: line.Groups["code"].Value, Text: line.Value.Trim()))
            .Distinct() // the log repeats each diagnostic after "Build FAILED."
            .ToList();
        var errors = diagnostics.Where(diagnostic => diagnostic.Severity == "error" && !diagnostic.Code.StartsWith("CB", StringComparison.Ordinal)).ToList();
        var links = diagnostics.Where(diagnostic => diagnostic.Code.StartsWith("PY", StringComparison.Ordinal)).ToList();
        var withoutError = uiTests.Where(uiTest => !errors.Any(error => error.UiTest == uiTest)).ToList();
        output.WriteLine($"pyo3 {registry.Version}: {uiTests.Count} ui tests built, {errors.Count} errors, {links.Count} links given");
        output.WriteLine($"ui tests without an error: {(withoutError.Count == 0 ? "none" : string.Join(", ", withoutError))}");
        foreach (var link in links)
        {
            var reason = AllowedSection(link.UiTest, link.Text)?.Reason ?? "not allowed";
            output.WriteLine($"  {link.UiTest} ({reason}): {link.Text}");
        }

        Assert.NotEqual(0, build.ExitCode);
        // A ui test that compiles proves nothing about the links of its errors.
        Assert.Empty(withoutError);
        Assert.All(diagnostics, diagnostic => Assert.False(
            diagnostic.Text.Contains("breaking change", StringComparison.Ordinal) || Step().IsMatch(diagnostic.Text),
            $"{diagnostic.UiTest} claims an upgrade: {diagnostic.Text}"));
        Assert.All(links, link => Assert.True(AllowedSection(link.UiTest, link.Text) is not null, $"{link.UiTest} is not allowed this link: {link.Text}"));
    }

    private static (string Anchor, string Reason)? AllowedSection(string uiTest, string diagnostic) =>
        AllowedLinks.TryGetValue(uiTest, out var allowed)
            ? allowed.Cast<(string Anchor, string Reason)?>().FirstOrDefault(section => diagnostic.Contains($"#{section!.Value.Anchor}", StringComparison.Ordinal))
            : null;

    /// <summary>
    /// The ui tests PyO3 itself runs on a stable toolchain without the limited API: every compile_fail of the stable
    /// _test_compile_errors (the nightly one, after it, needs a nightly pyo3) except those gated on Py_LIMITED_API.
    /// </summary>
    private static IReadOnlyList<string> StableUiTests(string testCompileError)
    {
        var nightly = testCompileError.IndexOf("#[cfg(feature = \"nightly\")]\nfn _test_compile_errors", StringComparison.Ordinal);
        var stable = nightly < 0 ? testCompileError : testCompileError[..nightly];
        return [.. CompileFail().Matches(stable).Where(found => !found.Groups["limited"].Success).Select(found => found.Groups["name"].Value)];
    }

    /// <summary>The ui test a diagnostic is located in (ui/&lt;name&gt;/…), or "elsewhere" for one outside them.</summary>
    private static string UiTestOf(ConsumerWorkspace consumer, string file)
    {
        var relative = Path.GetRelativePath(consumer.PathOf("ui"), file).Split(Path.DirectorySeparatorChar);
        return relative.Length > 1 && relative[0] != ".." ? relative[0] : "elsewhere";
    }

    [GeneratedRegex(@"(?<limited>#\[cfg\(Py_LIMITED_API\)\]\s*)?t\.compile_fail\(""tests/ui/(?<name>[a-z0-9_]+)\.rs""\)")]
    private static partial Regex CompileFail();

    // A located error or warning line as MSBuild's classic logger prints it. Unlike ProcessOutcome.Diagnostics this
    // keeps lines without a code: PyO3's macros report their errors without one.
    [GeneratedRegex(@"^\s*(?<file>[^\r\n]*?)\(\d+,\d+(?:,\d+,\d+)?\) ?: (?<severity>error|warning) (?<code>[A-Za-z0-9_:]*): [^\r\n]*$", RegexOptions.Multiline)]
    private static partial Regex UiDiagnostic();

    // A version step as the rules name one: "0.8 → 0.9".
    [GeneratedRegex(@"\d+\.\d+ → \d+\.\d+")]
    private static partial Regex Step();
}
