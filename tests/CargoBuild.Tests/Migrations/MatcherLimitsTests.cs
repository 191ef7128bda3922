using CargoBuild.CargoMessages;
using CargoBuild.Migrations;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Migrations;

/// <summary>
/// The matcher gives a rule's patterns no more of a diagnostic than its limits (a message, a context), so that no
/// compiler output, however long, makes a pattern scan more than those lengths. What the patterns cost on their
/// worst-case texts is a figure of bench/DiagnosticThroughput, not a timed test.
/// </summary>
public sealed class MatcherLimitsTests
{
    private static readonly CrateMigrationRules Rules =
        BuiltInRules.Rules.For(new Dictionary<string, CargoVersion> { ["pyo3"] = CargoVersion.Parse("0.17.3") });

    [Fact]
    public void TextBeyondTheContextsLimitIsNotSeenByThePatterns()
    {
        var longContext = string.Concat(Enumerable.Repeat("note: expected `usize`, found `i32` ", 2000));
        var diagnostic = new RustcDiagnostic("mismatched types" + new string(' ', 100_000), "E0308", "error",
            [], [new RustcDiagnostic(longContext + "get_item", null, "note", [], [], null)], null);

        // get_item lies beyond the context's limit: the rule that needs it does not see it.
        Assert.Null(Rules.Match(diagnostic, SignalSource.Rustc, CargoVersion.Parse("0.14.0")));
    }

    [Fact]
    public void WithinTheLimitsTheSameDiagnosticMatches()
    {
        var diagnostic = new RustcDiagnostic("mismatched types", "E0308", "error",
            [], [new RustcDiagnostic("note: expected `usize`, found `i32` get_item", null, "note", [], [], null)], null);

        Assert.Equal("PYO3-0015-SEQ-INDEX", Rules.Match(diagnostic, SignalSource.Rustc, CargoVersion.Parse("0.14.0"))?.Rule.Id);
    }
}
