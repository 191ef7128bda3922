using CargoBuild.Diagnostics;

namespace CargoBuild.Tests.Diagnostics;

public sealed class WarningsAsErrorsPolicyTests
{
    private static readonly BuildDiagnostic UnusedVariable = new(DiagnosticSeverity.Warning, "unused_variables", "unused variable: `unused`")
    {
        File = "/w/src/lib.rs", Line = 3, Column = 9,
    };

    [Fact]
    public void TreatWarningsAsErrorsPromotesAWarningAndKeepsItsLocationAndText()
    {
        var promoted = new WarningsAsErrorsPolicy(true, null, null).Apply(UnusedVariable);

        Assert.Equal(UnusedVariable with { Severity = DiagnosticSeverity.Error }, promoted);
    }

    [Theory]
    [InlineData("unused_variables", null)]
    [InlineData("CS0168; UNUSED_VARIABLES", null)]
    [InlineData(null, "1701;1702,unused_variables")]
    [InlineData("dead_code", " unused_variables ")]
    public void CodesInWarningsNotAsErrorsOrSuppressedStayWarnings(string? notAsErrors, string? suppressed)
    {
        var policy = new WarningsAsErrorsPolicy(true, notAsErrors, suppressed);

        Assert.Equal(UnusedVariable, policy.Apply(UnusedVariable));
    }

    [Fact]
    public void AWarningWithoutACodeIsPromotedAndErrorsAndMessagesAreLeftAlone()
    {
        var policy = new WarningsAsErrorsPolicy(true, "unused_variables", null);
        var uncoded = UnusedVariable with { Code = null };
        var error = UnusedVariable with { Severity = DiagnosticSeverity.Error, Code = "E0308" };
        var message = UnusedVariable with { Severity = DiagnosticSeverity.Message };

        Assert.Equal(DiagnosticSeverity.Error, policy.Apply(uncoded).Severity);
        Assert.Equal(error, policy.Apply(error));
        Assert.Equal(message, policy.Apply(message));
    }

    [Fact]
    public void WithoutTreatWarningsAsErrorsNothingIsPromoted()
    {
        Assert.Equal(UnusedVariable, new WarningsAsErrorsPolicy(false, null, null).Apply(UnusedVariable));
        Assert.Equal(UnusedVariable, WarningsAsErrorsPolicy.None.Apply(UnusedVariable));
    }

    // As CargoBuild reports it (DiagnosticPresentation): under its catalog code, its lint name beside.
    private static readonly BuildDiagnostic ReportedUnusedVariable =
        new DiagnosticPresentation(reportEndPositions: false).Present(UnusedVariable);

    [Theory]
    [InlineData("unused_variables")]
    [InlineData("CS0168;Unused_Variables")]
    public void NoWarnByLintNameSuppressesTheWarningBecauseMSBuildOnlySeesTheCode(string noWarn)
    {
        var policy = new WarningsAsErrorsPolicy(true, null, noWarn, "unused_variables");

        Assert.Equal(ReportedUnusedVariable with { Severity = DiagnosticSeverity.Suppressed }, policy.Apply(ReportedUnusedVariable));
    }

    [Fact]
    public void NoWarnByCodeLeavesTheWarningToMSBuildWhichDemotesIt()
    {
        var policy = new WarningsAsErrorsPolicy(true, null, "RL0232", "unused_variables");

        Assert.Equal(ReportedUnusedVariable, policy.Apply(ReportedUnusedVariable));
    }

    [Theory]
    [InlineData("unused_variables")]
    [InlineData("RL0232")]
    public void WarningsAsErrorsByLintNameOrCodeMakesItAnError(string warningsAsErrors)
    {
        var policy = new WarningsAsErrorsPolicy(false, null, null, warningsAsErrors);

        Assert.Equal(DiagnosticSeverity.Error, policy.Apply(ReportedUnusedVariable).Severity);
        Assert.Equal(DiagnosticSeverity.Warning, policy.Apply(ReportedUnusedVariable with { Code = "RL0034", LintName = "dead_code" }).Severity);
    }

    [Theory]
    [InlineData("unused_variables")]
    [InlineData("rl0232")]
    public void WarningsNotAsErrorsByLintNameOrCodeKeepsItAWarning(string notAsErrors)
    {
        var policy = new WarningsAsErrorsPolicy(true, notAsErrors, null);

        Assert.Equal(ReportedUnusedVariable, policy.Apply(ReportedUnusedVariable));
        Assert.Equal(DiagnosticSeverity.Error, policy.Apply(ReportedUnusedVariable with { Code = "RL0034", LintName = "dead_code" }).Severity);
    }
}
