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
}
