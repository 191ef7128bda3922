using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>rustc's diagnostics reach the build log once each, at the file, line and column the user must edit.</summary>
[Collection(IntegrationCollection.Name)]
public sealed class DiagnosticLocationTests(PackagedCargoBuild package)
{
    [Fact]
    public void TypeErrorInAWorkspaceMemberWhosePathHasASpaceIsLocatedExactly()
    {
        var consumer = package.CreateConsumer("workspace-space")
            .WriteFile("rust/Cargo.toml", """
                [workspace]
                members = ["my member"]
                """)
            .WriteFile("rust/my member/Cargo.toml", """
                [package]
                name = "it_member_with_space"
                version = "0.1.0"
                edition = "2021"

                [lib]
                crate-type = ["cdylib"]
                """)
            .WriteFile("rust/my member/src/lib.rs", """
                #[no_mangle]
                pub extern "C" fn broken() -> i32 {
                    let value: i32 = "not a number";
                    value
                }
                """)
            .WriteProject("Consumer.csproj", """<CargoCrate Include="rust/Cargo.toml" />""");

        // With the end of the span, as Visual Studio gets it (console builds get only the start: ProblemMatcherTests).
        var build = consumer.Build("-p:CargoDiagnosticEndPositions=true");

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Errors);
        Assert.Equal(consumer.PathOf("rust/my member/src/lib.rs"), error.File);
        Assert.Equal((3, 22, 3, 36), (error.Line, error.Column, error.EndLine, error.EndColumn));
        Assert.Equal("E0308", error.Code);
        Assert.StartsWith("mismatched types", error.Message);
        Assert.DoesNotContain("aborting due to", build.Output);
        Assert.DoesNotContain("MSB4018", build.Output);
    }

    [Fact]
    public void ErrorInsideAMacroIsReportedWhereTheMacroIsCalled()
    {
        var consumer = package.CreateConsumer("macro-error")
            .WriteCAbiCrate("native", "it_macro_error", """
                macro_rules! make_number {
                    ($name:ident) => {
                        let $name: i32 = "not a number";
                    };
                }

                #[no_mangle]
                pub extern "C" fn broken() -> i32 {
                    make_number!(value);
                    value
                }
                """)
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Errors);
        Assert.Equal(consumer.PathOf("native/src/lib.rs"), error.File);
        Assert.Equal(9, error.Line);
        Assert.Equal(5, error.Column);
        Assert.Equal("E0308", error.Code);
    }

    [Fact]
    public void WarningsAreLocatedWithTheLintsCodeAndNameAndDoNotFailTheBuild()
    {
        var consumer = package.CreateConsumer("warnings")
            .WriteCAbiCrate("native", "it_warnings", """
                #[no_mangle]
                pub extern "C" fn answer() -> i32 {
                    let unused = 1;
                    42
                }
                """)
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var warning = Assert.Single(build.Warnings);
        Assert.Equal(consumer.PathOf("native/src/lib.rs"), warning.File);
        Assert.Equal((3, 9), (warning.Line, warning.Column));
        Assert.Equal("RL0232", warning.Code);
        Assert.StartsWith("unused_variables: unused variable: `unused`", warning.Message);
    }
}
