using CargoBuild.CargoMessages;
using CargoBuild.Diagnostics;
using CargoBuild.Migrations;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Migrations;

/// <summary>User rule files (CargoDiagnosticRules): loading, conditions on any package, and errors located at file(line,col).</summary>
public sealed class RuleFileTests : IDisposable
{
    internal const string ValidRule = """
        format = 1

        [[rule]]
        id = "MYLIB-2-RENAME"
        code = "MYLIB0001"
        title = "old_function was renamed"
        step = "1.x → 2.0"
        package = "mylib"
        url = "https://example.invalid/mylib/migrating-to-2.html#renames"
        fix = "Call mylib::renamed_function instead."
        old-apis = ["old_function"]

        [[rule.signal]]
        versions = ">=2"
        message = 'cannot find function .old_function. in crate .mylib.'
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("cargobuild-rules-").FullName;

    // The call under the span names the old API: the evidence that the code was written for mylib 1.
    private static RustcDiagnostic OldFunctionCall(string message) =>
        new(message, "E0425", "error", [new RustcSpan("src/lib.rs", 3, 3, 5, 17, true, null, null, null, "old_function")], [], null);

    public void Dispose() => Directory.Delete(folder, true);

    [Fact]
    public void UserRuleConditionsOnItsOwnPackageVersion()
    {
        var rules = Load(Write("mylib.toml", ValidRule), out var errors);
        var diagnostic = OldFunctionCall("cannot find function `old_function` in crate `mylib`");

        Assert.Empty(errors);
        var match = rules.For(Versions(("mylib", "2.1.0"))).Match(diagnostic, SignalSource.Rustc);
        Assert.Equal(("MYLIB-2-RENAME", "https://example.invalid/mylib/migrating-to-2.html#renames"), (match!.Rule.Id, match.Url));
        Assert.Null(rules.For(Versions(("mylib", "1.9.0"))).Match(diagnostic, SignalSource.Rustc));
        Assert.Null(rules.For(Versions(("pyo3", "2.1.0"))).Match(diagnostic, SignalSource.Rustc));
    }

    [Fact]
    public void RewrittenUserDiagnosticNamesTheStepAndCarriesTheLink()
    {
        var rules = Load(Write("mylib.toml", ValidRule), out _);
        var diagnostic = OldFunctionCall("cannot find function `old_function` in crate `mylib`");
        var mapped = new BuildDiagnostic(DiagnosticSeverity.Error, "E0425", "cannot find function `old_function` in crate `mylib`") { File = "/w/src/lib.rs", Line = 3, Column = 5 };

        var rewritten = rules.For(Versions(("mylib", "2.0.0"))).Match(diagnostic, SignalSource.Rustc)!.Rewrite(mapped);

        Assert.Equal(
            "E0425: cannot find function `old_function` in crate `mylib` -- mylib 1.x → 2.0 breaking change (the code uses `old_function`), old_function was renamed: Call mylib::renamed_function instead. See https://example.invalid/mylib/migrating-to-2.html#renames",
            rewritten.Message);
        Assert.Equal(("MYLIB0001", "/w/src/lib.rs", 3, 5), (rewritten.Code, rewritten.File, rewritten.Line, rewritten.Column));
    }

    [Fact]
    public void FilesLoadInOrderAndTheFirstMatchingRuleWins()
    {
        var first = Write("first.toml", ValidRule);
        var second = Write("second.toml", ValidRule.Replace("MYLIB-2-RENAME", "OTHER").Replace("MYLIB0001", "OTHER0001"));
        var rules = Load([first, second], out var errors);
        var diagnostic = OldFunctionCall("cannot find function `old_function` in crate `mylib`");

        Assert.Empty(errors);
        Assert.Equal(2, rules.Rules.Count);
        Assert.Equal("MYLIB-2-RENAME", rules.For(Versions(("mylib", "2.0.0"))).Match(diagnostic, SignalSource.Rustc)!.Rule.Id);
    }

    [Fact]
    public void CaseInsensitivePatternIsNotLostToTheLiteralPrefilter()
    {
        var rules = Load(Write("mylib.toml", ValidRule.Replace("message = 'cannot find", "message = '(?i)CANNOT find")), out var errors);
        var diagnostic = OldFunctionCall("cannot find function `old_function` in crate `mylib`");

        Assert.Empty(errors);
        Assert.NotNull(rules.For(Versions(("mylib", "2.0.0"))).Match(diagnostic, SignalSource.Rustc));
    }

    [Fact]
    public void RunawayPatternGivesUpAndTheDiagnosticPassesUnchanged()
    {
        // Nested quantifiers backtrack exponentially on a long run of "a" that fails at its end.
        var rules = Load(Write("mylib.toml", ValidRule.Replace("message = 'cannot find function .old_function. in crate .mylib.'", "message = '^(a+)+$'")), out var errors);
        var diagnostic = OldFunctionCall(new string('a', 40) + "!");

        Assert.Empty(errors);
        Assert.Null(rules.For(Versions(("mylib", "2.0.0"))).Match(diagnostic, SignalSource.Rustc));
    }

    [Fact]
    public void ContextPatternMustAlsoMatch()
    {
        var rules = Load(Write("mylib.toml", ValidRule + "\ncontext = 'mylib::legacy'\n"), out var errors);
        var bare = OldFunctionCall("cannot find function `old_function` in crate `mylib`");
        var withNote = bare with { Children = [new RustcDiagnostic("the function moved to `mylib::legacy`", null, "note", [], [], null)] };
        var crate = rules.For(Versions(("mylib", "2.0.0")));

        Assert.Empty(errors);
        Assert.Null(crate.Match(bare, SignalSource.Rustc));
        Assert.NotNull(crate.Match(withNote, SignalSource.Rustc));
    }

    /// <summary>A crate's rules keep what a message admits; each diagnostic with it is still judged on its own context, evidence and source.</summary>
    [Fact]
    public void ARepeatedMessageIsJudgedOnEachDiagnosticsOwnContextAndEvidence()
    {
        var rules = Load(Write("mylib.toml", ValidRule + "\ncontext = 'mylib::legacy'\n"), out _);
        var withNote = OldFunctionCall("cannot find function `old_function` in crate `mylib`") with
        {
            Children = [new RustcDiagnostic("the function moved to `mylib::legacy`", null, "note", [], [], null)],
        };
        var crate = rules.For(Versions(("mylib", "2.0.0")));

        Assert.NotNull(crate.Match(withNote, SignalSource.Rustc));
        Assert.Null(crate.Match(withNote with { Children = [] }, SignalSource.Rustc));
        Assert.Null(crate.Match(withNote with { Spans = [withNote.Spans[0] with { Text = "renamed_function" }] }, SignalSource.Rustc));
        Assert.Null(crate.Match(withNote, SignalSource.Cargo));
        Assert.NotNull(crate.Match(withNote, SignalSource.Rustc));
    }

    [Theory]
    [InlineData("[[rule]\nid = \"x\"", 1, "is not valid TOML")]
    [InlineData("format = 1\n\n[[rule]]\nid = \"X\"\ncode = \"X1\"\ntitle = \"t\"\nfix = \"f\"\nurl = \"https://example.invalid\"\n\n[[rule.signal]]\nmessage = '(unclosed'\n", 11, "message is not a valid regular expression")]
    [InlineData("format = 1\n\n[[rule]]\nid = \"X\"\ncode = \"X1\"\ntitle = \"t\"\nurl = \"https://example.invalid\"\n\n[[rule.signal]]\nmessage = 'a'\n", 4, "'fix' is missing or empty")]
    [InlineData("format = 1\n\n[[rule]]\nid = \"X\"\ncode = \"X-1\"\ntitle = \"t\"\nfix = \"f\"\nurl = \"https://example.invalid\"\n\n[[rule.signal]]\nmessage = 'a'\n", 5, "must be letters and digits")]
    [InlineData("format = 1\n\n[[rule]]\nid = \"X\"\ncode = \"X1\"\ntitle = \"t\"\nfix = \"f\"\nurl = \"https://example.invalid\"\n\n[[rule.signal]]\nversion = \">=2\"\nmessage = 'a'\n", 11, "Unknown key 'version'")]
    [InlineData("format = 1\n\n[[rule]]\nid = \"X\"\ncode = \"X1\"\ntitle = \"t\"\nfix = \"f\"\nurl = \"https://example.invalid\"\n\n[[rule.signal]]\nversions = \"two\"\nmessage = 'a'\n", 11, "versions:")]
    [InlineData("format = 1\n\n[[rule]]\nid = \"X\"\ncode = \"X1\"\ntitle = \"t\"\nfix = \"f\"\nurl = \"https://example.invalid\"\n\n[[rule.signal]]\nlevel = \"fatal\"\nmessage = 'a'\n", 11, "level = \"fatal\"")]
    [InlineData("format = 1\n\n[[rule]]\nid = \"X\"\ncode = \"X1\"\ntitle = \"t\"\nfix = \"f\"\nurl = \"https://example.invalid\"\n\n[[rule.signal]]\nlevel = \"error\"\n", 11, "needs a message or a context pattern")]
    [InlineData("format = 1\n\n[[rule]]\nid = \"X\"\ncode = \"X1\"\ntitle = \"t\"\nfix = \"f\"\n", 4, "needs an anchor")]
    [InlineData("format = 1\n\n[[rule]]\nid = \"X\"\ncode = \"X1\"\ntitle = \"t\"\nfix = \"f\"\nurl = \"u\"\n\n[[rule]]\nid = \"X\"\ncode = \"X2\"\ntitle = \"t\"\nfix = \"f\"\nurl = \"u\"\n", 11, "Rule id 'X' is already used")]
    [InlineData("format = 2\n\n[[rule]]\nid = \"X\"\ncode = \"X1\"\ntitle = \"t\"\nfix = \"f\"\nurl = \"u\"\n", 1, "format must be 1")]
    [InlineData("format = 1\n\n[[rules]]\nid = \"X\"\n", 1, "has no [[rule]] table")]
    public void BrokenRuleFileIsALocatedErrorAndAddsNoRules(string text, int line, string message)
    {
        var path = Write("broken.toml", text);

        var rules = Load(path, out var errors);

        Assert.Empty(rules.Rules);
        var error = Assert.Single(errors);
        Assert.Equal((DiagnosticSeverity.Error, "CB3001", path, line), (error.Severity, error.Code, error.File, error.Line));
        Assert.True(error.Column >= 1, $"column {error.Column}");
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void ErrorPointsAtTheColumnOfTheKey()
    {
        var path = Write("broken.toml", ValidRule.Replace("message = 'cannot", "  message = '(cannot"));

        Load(path, out var errors);

        Assert.Equal((15, 3), (errors[0].Line, errors[0].Column));
    }

    [Fact]
    public void BrokenFileDoesNotStopTheOthersLoading()
    {
        var rules = Load([Write("good.toml", ValidRule), Write("bad.toml", "not toml at all [")], out var errors);

        Assert.Single(errors);
        Assert.Single(rules.Rules);
    }

    [Fact]
    public void MissingFileIsAnErrorAtThatFile()
    {
        var path = Path.Combine(folder, "missing.toml");

        Load(path, out var errors);

        Assert.Equal(("CB3001", path), (Assert.Single(errors).Code, errors[0].File));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static MigrationRuleSet Load(string path, out List<BuildDiagnostic> errors) => Load([path], out errors);

    private static MigrationRuleSet Load(string[] paths, out List<BuildDiagnostic> errors)
    {
        errors = [];
        return MigrationRuleSet.Load(paths, errors);
    }

    private static Dictionary<string, CargoVersion> Versions(params (string Package, string Version)[] versions) =>
        versions.ToDictionary(entry => entry.Package, entry => CargoVersion.Parse(entry.Version));
}
