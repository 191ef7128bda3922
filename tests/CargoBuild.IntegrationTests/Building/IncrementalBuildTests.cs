using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>cargo is not spawned when nothing it reads changed, and is spawned again by each kind of change.</summary>
[Collection(IntegrationCollection.Name)]
public sealed class IncrementalBuildTests(PackagedCargoBuild package)
{
    [Fact]
    public void NoOpBuildSpawnsNoCargoAndEveryKindOfChangeRebuilds()
    {
        var consumer = package.CreateConsumer("incremental")
            .WriteCAbiCrate("native", "it_incremental", manifestExtra: "\n[features]\nextra = []")
            .WriteFile("native/src/more.rs", "pub fn more() -> i32 { 1 }\n")
            .WriteFile("native/src/lib.rs", "mod more;\n#[no_mangle]\npub extern \"C\" fn answer() -> i32 { 41 + more::more() }\n");
        var cargo = CargoInvocationLog.Create(consumer);
        consumer.WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" Features="$(CrateFeatures)" />""",
            properties: $"<CargoPath>{cargo.WrapperPath}</CargoPath>");
        var library = consumer.PathOf($"bin/Debug/net10.0/{TestEnvironment.NativeLibraryName("it_incremental")}");

        AssertCargoRuns(consumer, cargo, 1);
        AssertCargoRuns(consumer, cargo, 0);
        Assert.True(File.Exists(library));

        consumer.WriteFile("native/src/more.rs", "pub fn more() -> i32 { 2 }\n");
        AssertCargoRuns(consumer, cargo, 1, "an edited module");
        AssertCargoRuns(consumer, cargo, 0);

        File.AppendAllText(consumer.PathOf("native/Cargo.toml"), "\n# edited\n");
        AssertCargoRuns(consumer, cargo, 1, "an edited manifest");
        AssertCargoRuns(consumer, cargo, 0);

        Assert.Contains("cargo's command line changed", AssertCargoRuns(consumer, cargo, 1, "a feature", environment: null, "-p:CrateFeatures=extra", "-v:n").Output);
        AssertCargoRuns(consumer, cargo, 0, null, null, "-p:CrateFeatures=extra");

        consumer.WriteFile("native/rust-toolchain.toml", "[toolchain]\nchannel = \"stable\"\n");
        AssertCargoRuns(consumer, cargo, 1, "a new toolchain file");
        AssertCargoRuns(consumer, cargo, 0);

        var rustflags = new Dictionary<string, string> { ["RUSTFLAGS"] = "-C debuginfo=0" };
        Assert.Contains("the environment variable RUSTFLAGS is set now", AssertCargoRuns(consumer, cargo, 1, "RUSTFLAGS", rustflags, "-v:n").Output);
        AssertCargoRuns(consumer, cargo, 0, null, rustflags);

        File.Delete(library);
        File.Delete(Path.Combine(TestEnvironment.SharedCargoTargetDirectory, "debug", TestEnvironment.NativeLibraryName("it_incremental")));
        AssertCargoRuns(consumer, cargo, 1, "a deleted artifact", rustflags);
        Assert.True(File.Exists(library));
    }

    [Fact]
    public void SkippedCargoShowsItsWarningsAgainSoThatAPromotedWarningFailsEveryBuild()
    {
        var consumer = package.CreateConsumer("replayed-warnings")
            .WriteCAbiCrate("native", "it_replayed_warnings", body: "#[no_mangle]\npub extern \"C\" fn answer() -> i32 {\n    let unused = 1;\n    42\n}\n");
        var cargo = CargoInvocationLog.Create(consumer);
        consumer.WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""", properties: $"<CargoPath>{cargo.WrapperPath}</CargoPath>");

        var ran = consumer.Build();
        var skipped = consumer.Build();
        var promoted = consumer.Build("-p:MSBuildWarningsAsErrors=unused_variables");

        Assert.True(ran.ExitCode == 0 && skipped.ExitCode == 0, $"{ran}\n{skipped}");
        Assert.Single(cargo.Invocations("build"));
        var warning = Assert.Single(ran.Warnings);
        Assert.Equal(("RL0232", consumer.PathOf("native/src/lib.rs"), 3, 9), (warning.Code, warning.File, warning.Line, warning.Column));
        Assert.Equal(warning, Assert.Single(skipped.Warnings));
        Assert.NotEqual(0, promoted.ExitCode);
        var error = Assert.Single(promoted.Errors);
        Assert.Equal((warning.Code, warning.File, warning.Line, warning.Message), (error.Code, error.File, error.Line, error.Message));
    }

    [Fact]
    public void VisualStudiosUpToDateCheckSeesTheSourcesAndManifestsCargoRead()
    {
        var consumer = package.CreateConsumer("vs-up-to-date")
            .WriteCAbiCrate("native", "it_vs_up_to_date")
            .WriteFile("native/src/more.rs", "pub fn more() -> i32 { 1 }\n")
            .WriteFile("native/src/lib.rs", "mod more;\n#[no_mangle]\npub extern \"C\" fn answer() -> i32 { 41 + more::more() }\n")
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");

        // Visual Studio's project system defines this target; the SDK alone does not.
        var project = consumer.PathOf("Consumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>",
            """<Target Name="CollectUpToDateCheckInputDesignTime" Returns="@(UpToDateCheckInput)" /></Project>"""));

        var build = consumer.Build();
        var collect = consumer.Run("msbuild", "-t:CollectUpToDateCheckInputDesignTime", "-p:DesignTimeBuild=true", "-getItem:UpToDateCheckInput");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(collect.ExitCode == 0, collect.ToString());
        using var items = System.Text.Json.JsonDocument.Parse(collect.Output[collect.Output.IndexOf('{')..]);
        var inputs = items.RootElement.GetProperty("Items").GetProperty("UpToDateCheckInput").EnumerateArray()
            .Select(item => item.GetProperty("FullPath").GetString()).ToList();
        foreach (var file in new[] { "native/src/lib.rs", "native/src/more.rs", "native/Cargo.toml", "native/Cargo.lock" })
        {
            Assert.Contains(consumer.PathOf(file), inputs);
        }
    }

    private static ProcessOutcome AssertCargoRuns(ConsumerWorkspace consumer, CargoInvocationLog cargo, int expected, string? change = null,
        IReadOnlyDictionary<string, string>? environment = null, params string[] arguments)
    {
        var before = cargo.Invocations("build").Count;

        var build = consumer.Run("build", environment, arguments);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(cargo.Invocations("build").Count - before == expected,
            $"expected {expected} cargo build(s) after {change ?? "no change"}, got {cargo.Invocations("build").Count - before}:\n{build}");
        return build;
    }

    [Fact]
    public void AFloodOfBuildScriptWarningsIsBoundedAndANoOpBuildRepeatsOnlyTheFirst()
    {
        var consumer = package.CreateConsumer("warning-flood")
            .WriteCAbiCrate("native", "it_warning_flood", manifestExtra: "build = \"build.rs\"")
            .WriteFile("native/build.rs", """
                fn main() {
                    for index in 0..5000 {
                        println!("cargo:warning=flood line {index} from the build script");
                    }
                }
                """)
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");

        var first = consumer.Build();
        var noOp = consumer.Build();

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(500, first.Warnings.Count(warning => warning.Message.Contains("from the build script", StringComparison.Ordinal)));
        Assert.Contains(first.Warnings, warning => warning.Code == "CB1006" && warning.Message.StartsWith("cargo printed 4500 more warnings", StringComparison.Ordinal));
        Assert.True(noOp.ExitCode == 0, noOp.ToString());
        Assert.Equal(200, noOp.Warnings.Count(warning => warning.Message.Contains("from the build script", StringComparison.Ordinal)));
        Assert.Contains("... and 301 more warnings of the last cargo run", noOp.Output);
    }
}
