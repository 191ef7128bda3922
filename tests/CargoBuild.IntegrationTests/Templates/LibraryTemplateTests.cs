using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Templates;

/// <summary>
/// The cargobuild-lib template as a user meets it: the template pack is packed from this repository at CargoBuild's
/// version, installed into a private template hive (the user's own templates stay untouched) and instantiated beside
/// the consumers' workspace, not in it: its own nuget.config adds the local feed to the machine's package sources, as
/// the README says. Then its tests pass and its console app prints what the Rust function returns.
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class LibraryTemplateTests(PackagedCargoBuild package)
{
    [Theory]
    [InlineData("TemplateCalculator", "templatecalculator", "TemplateCalculator")]
    [InlineData("My.Lib-Two", "my_lib_two", "My.Lib_Two")]
    public void GeneratedSolutionPassesItsTestsAndRunsTheRustFunction(string outputName, string crateName, string rootNamespace)
    {
        var workspace = $"{package.Root}-template-{crateName}";
        Directory.CreateDirectory(workspace);
        try
        {
            var solution = InstallAndInstantiate(workspace, outputName);
            var library = Path.Combine(solution, outputName);
            Assert.Contains($"name = \"{crateName}\"", File.ReadAllText(Path.Combine(library, "native", "Cargo.toml")));
            Assert.Contains($"namespace {rootNamespace};", File.ReadAllText(Path.Combine(library, "Calculator.cs")));
            Assert.Contains($"<PackageReference Include=\"CargoBuild\" Version=\"{package.Version}\"", File.ReadAllText(Path.Combine(library, $"{outputName}.csproj")));
            UseLocalFeed(solution);

            var test = DotNet.Build(workspace, null, "test", outputName);
            Assert.True(test.ExitCode == 0, test.ToString());
            Assert.Contains("Failed:     0, Passed:     2,", test.Output);

            var run = DotNet.Build(solution, null, "run", "--project", $"{outputName}.App");
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("2 + 3 = 5, computed in Rust.", run.Output);
        }
        finally
        {
            DeleteUnlessKept(workspace);
        }
    }

    /// <summary>The generated tests call into Rust, not a stand-in: a wrong Rust function fails them, with its own result.</summary>
    [Fact]
    public void ABrokenRustFunctionFailsTheGeneratedTests()
    {
        var workspace = $"{package.Root}-template-broken";
        Directory.CreateDirectory(workspace);
        try
        {
            var solution = InstallAndInstantiate(workspace, "BrokenCalculator");
            UseLocalFeed(solution);
            var rustSource = Path.Combine(solution, "BrokenCalculator", "native", "src", "lib.rs");
            var source = File.ReadAllText(rustSource);
            Assert.Contains("left.wrapping_add(right)", source);
            File.WriteAllText(rustSource, source.Replace("left.wrapping_add(right)", "left.wrapping_sub(right)"));

            var test = DotNet.Build(workspace, null, "test", "BrokenCalculator");
            Assert.True(test.ExitCode != 0, test.ToString());
            Assert.Contains("Failed:     2, Passed:     0,", test.Output);
            Assert.Matches(@"Expected: 5\s+Actual:\s+-1", test.Output);

            var run = DotNet.Build(solution, null, "run", "--project", "BrokenCalculator.App");
            Assert.Contains("2 + 3 = -1, computed in Rust.", run.Output);
        }
        finally
        {
            DeleteUnlessKept(workspace);
        }
    }

    [Fact]
    public void ANameStartingWithADigitGivesValidCSharpAndRustNamesAndTheCargoBuildVersionIsAnOption()
    {
        var workspace = $"{package.Root}-template-digit";
        Directory.CreateDirectory(workspace);
        try
        {
            var library = Path.Combine(InstallAndInstantiate(workspace, "2Fast", "--cargobuild-version", "1.2.3"), "2Fast");
            Assert.Contains("namespace _2Fast;", File.ReadAllText(Path.Combine(library, "Calculator.cs")));
            Assert.Contains("<PackageReference Include=\"CargoBuild\" Version=\"1.2.3\"", File.ReadAllText(Path.Combine(library, "2Fast.csproj")));
            Assert.Contains("name = \"_2fast\"", File.ReadAllText(Path.Combine(library, "native", "Cargo.toml")));

            var cargo = DotNet.RunProcess("cargo", Path.Combine(library, "native"), null, "build");
            Assert.True(cargo.ExitCode == 0, cargo.ToString());
        }
        finally
        {
            DeleteUnlessKept(workspace);
        }
    }

    /// <summary>
    /// Installs the template pack into a hive of the workspace's own, not the user's, and instantiates cargobuild-lib.
    /// </summary>
    private string InstallAndInstantiate(string workspace, string outputName, params string[] templateOptions)
    {
        var hive = Path.Combine(workspace, "template-hive");
        var install = DotNet.Run(workspace, null, "new", "install", PackTemplates(workspace), "--debug:custom-hive", hive);
        Assert.True(install.ExitCode == 0, install.ToString());

        var create = DotNet.Run(workspace, null, ["new", "cargobuild-lib", "-o", outputName, "--debug:custom-hive", hive, "--no-update-check", .. templateOptions]);
        Assert.True(create.ExitCode == 0, create.ToString());
        return Path.Combine(workspace, outputName);
    }

    /// <summary>A nuget.config beside the solution that adds the local feed, as the README tells users to write.</summary>
    private void UseLocalFeed(string solution) =>
        File.WriteAllText(Path.Combine(solution, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <add key="cargobuild-local" value="{package.Feed}" />
              </packageSources>
            </configuration>
            """);

    private static void DeleteUnlessKept(string workspace)
    {
        if (Environment.GetEnvironmentVariable("CARGOBUILD_KEEP_TEST_FILES") != "1")
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    /// <summary>Packs the template pack at the version the feed's CargoBuild has, as a release would pack both.</summary>
    private string PackTemplates(string workspace)
    {
        var output = Path.Combine(workspace, "template-pack");
        var pack = DotNet.Build(RepositoryRootAttribute.Value, null, "pack",
            Path.Combine(RepositoryRootAttribute.Value, "src", "CargoBuild.Templates", "CargoBuild.Templates.csproj"),
            "-c", "Release", "-o", output, $"-p:Version={package.Version}");
        var templatePack = Path.Combine(output, $"CargoBuild.Templates.{package.Version}.nupkg");
        Assert.True(pack.ExitCode == 0 && File.Exists(templatePack), pack.ToString());
        return templatePack;
    }
}
