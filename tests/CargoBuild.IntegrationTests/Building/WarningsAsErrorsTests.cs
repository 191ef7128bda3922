using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>
/// TreatWarningsAsErrors fails the build on a rustc warning as it does on a C# one, in every build until the warning
/// is fixed (a build that skips cargo shows the recorded warnings again), and honours WarningsNotAsErrors and NoWarn;
/// WarningsAsErrors makes it an error. Each list may name the lint by its name or its code.
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class WarningsAsErrorsTests(PackagedCargoBuild package)
{
    [Fact]
    public void RustWarningFailsTheBuildUnderTreatWarningsAsErrorsUnlessItsCodeIsInWarningsNotAsErrorsOrNoWarn()
    {
        var consumer = package.CreateConsumer("warnings-as-errors")
            .WriteCAbiCrate("native", "it_warnings_as_errors", body: """
                #[no_mangle]
                pub extern "C" fn answer() -> i32 {
                    let unused = 1;
                    42
                }
                """)
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");
        var source = consumer.PathOf("native/src/lib.rs");

        var failed = consumer.Build("-p:TreatWarningsAsErrors=true");
        Assert.NotEqual(0, failed.ExitCode);
        AssertUnusedVariable(Assert.Single(failed.Errors), source);
        Assert.Empty(failed.Warnings);

        // Nothing changed, so cargo does not run: the recorded warning fails this build too.
        var again = consumer.Build("-p:TreatWarningsAsErrors=true", "-v:n");
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("cargo skipped for", again.Output);
        AssertUnusedVariable(Assert.Single(again.Errors), source);

        var notAsErrors = consumer.Build("-p:TreatWarningsAsErrors=true", "-p:WarningsNotAsErrors=unused_variables");
        Assert.True(notAsErrors.ExitCode == 0, notAsErrors.ToString());
        Assert.Empty(notAsErrors.Errors);
        AssertUnusedVariable(Assert.Single(notAsErrors.Warnings), source);

        var suppressed = consumer.Build("-p:TreatWarningsAsErrors=true", "-p:NoWarn=unused_variables");
        Assert.True(suppressed.ExitCode == 0, suppressed.ToString());
        Assert.Empty(suppressed.Diagnostics);
        Assert.DoesNotContain("unused_variables", suppressed.Output);

        // The lint's code works as its name does: MSBuild applies the lists to the code, CargoBuild to the name.
        var suppressedByCode = consumer.Build("-p:TreatWarningsAsErrors=true", "-p:NoWarn=RL0232");
        Assert.True(suppressedByCode.ExitCode == 0, suppressedByCode.ToString());
        Assert.Empty(suppressedByCode.Diagnostics);

        var notAsErrorsByCode = consumer.Build("-p:TreatWarningsAsErrors=true", "-p:WarningsNotAsErrors=RL0232");
        Assert.True(notAsErrorsByCode.ExitCode == 0, notAsErrorsByCode.ToString());
        AssertUnusedVariable(Assert.Single(notAsErrorsByCode.Warnings), source);

        foreach (var asErrors in new[] { "unused_variables", "RL0232" })
        {
            var promoted = consumer.Build($"-p:WarningsAsErrors={asErrors}");
            Assert.NotEqual(0, promoted.ExitCode);
            AssertUnusedVariable(Assert.Single(promoted.Errors), source);
            Assert.Empty(promoted.Warnings);
        }

        var fixedSource = consumer.WriteFile("native/src/lib.rs", """
            #[no_mangle]
            pub extern "C" fn answer() -> i32 {
                42
            }
            """).Build("-p:TreatWarningsAsErrors=true");
        Assert.True(fixedSource.ExitCode == 0, fixedSource.ToString());
        Assert.Empty(fixedSource.Diagnostics);
    }

    private static void AssertUnusedVariable(LoggedDiagnostic diagnostic, string source)
    {
        Assert.Equal("RL0232", diagnostic.Code);
        Assert.Equal(source, diagnostic.File);
        Assert.Equal((3, 9), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("unused variable: `unused`", diagnostic.Message);
    }
}
