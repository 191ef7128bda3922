using System.Text.RegularExpressions;
using CargoBuild.IntegrationTests.Infrastructure;
using CargoBuild.Tests.Diagnostics;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>
/// A real console build's located errors and warnings become CI annotations and editor problems: each line
/// <c>dotnet build -v:m -tl:off</c> prints for them matches GitHub's csc.json and VS Code's $msCompile
/// (<see cref="ProblemMatchers"/>), lints and diagnostics without a code included; inside Visual Studio the end of the
/// span is reported too.
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed partial class ProblemMatcherTests(PackagedCargoBuild package)
{
    [Fact]
    public void EveryLocatedErrorAndWarningOfARealBuildMatchesBothProblemMatchers()
    {
        var consumer = package.CreateConsumer("problem-matchers")
            .WriteCAbiCrate("native", "it_problem_matchers", """
                #[no_mangle]
                pub extern "C" fn answer() -> i32 {
                    let unused = 1;
                    let total = 40;
                    total = 42;
                    total
                }
                """)
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");
        var source = consumer.PathOf("native/src/lib.rs");

        var build = consumer.Build("-v:m");

        Assert.NotEqual(0, build.ExitCode);
        var located = AssertEveryLocatedLineMatchesBoth(build);
        Assert.True(located.Select(match => (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value, match.Groups[4].Value)).Distinct()
            .SequenceEqual([(source, "5", "error", "E0384"), (source, "3", "warning", "RL0232"), (source, "4", "warning", "RL0211")]), build.ToString());
        Assert.Contains(build.Warnings, warning => warning.Code == "RL0232" && warning.Message.StartsWith("unused_variables: unused variable: `unused`", StringComparison.Ordinal));
        Assert.Contains($"{source}(3,9): warning RL0232: unused_variables: ", build.Output);

        var syntaxError = consumer.WriteFile("native/src/lib.rs", """
            #[no_mangle]
            pub extern "C" fn answer( -> i32 {
                42
            }
            """).Build("-v:m");

        Assert.NotEqual(0, syntaxError.ExitCode);
        Assert.Contains(AssertEveryLocatedLineMatchesBoth(syntaxError), match => match.Groups[4].Value == "RC0000" && match.Groups[1].Value == source);
    }

    [Fact]
    public void InsideVisualStudioTheEndOfTheSpanIsReportedToo()
    {
        var consumer = package.CreateConsumer("problem-matchers-vs")
            .WriteCAbiCrate("native", "it_problem_matchers_vs", """
                #[no_mangle]
                pub extern "C" fn answer() -> i32 {
                    let unused = 1;
                    42
                }
                """)
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");

        var console = consumer.Build("-v:m");
        var insideVisualStudio = consumer.Build("-v:m", "-p:BuildingInsideVisualStudio=true");

        Assert.True(console.ExitCode == 0 && insideVisualStudio.ExitCode == 0, $"{console}\n{insideVisualStudio}");
        Assert.Equal((3, 9, 0, 0), Position(Assert.Single(console.Warnings)));
        Assert.Equal((3, 9, 3, 15), Position(Assert.Single(insideVisualStudio.Warnings)));
    }

    // Every line MSBuild printed for a located error or warning, each matched by both problem matchers; returns csc.json's matches.
    private static IReadOnlyList<Match> AssertEveryLocatedLineMatchesBoth(ProcessOutcome build)
    {
        var lines = LocatedLine().Matches(build.Output).Select(line => line.Value.TrimEnd('\r')).ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            Assert.True(ProblemMatchers.VsCodeMsCompile.IsMatch(line), $"$msCompile does not match: {line}");
            Assert.True(ProblemMatchers.SetupDotnetCsc.IsMatch(line), $"csc.json does not match: {line}");
        }

        return [.. lines.Select(line => ProblemMatchers.SetupDotnetCsc.Match(line))];
    }

    private static (int, int, int, int) Position(LoggedDiagnostic diagnostic) => (diagnostic.Line, diagnostic.Column, diagnostic.EndLine, diagnostic.EndColumn);

    // A line MSBuild's console logger prints for an error or warning with a file and a line: "file(…): error …".
    [GeneratedRegex(@"^.*\(\d[\d,-]*\): (?:error|warning) .*$", RegexOptions.Multiline)]
    private static partial Regex LocatedLine();
}
