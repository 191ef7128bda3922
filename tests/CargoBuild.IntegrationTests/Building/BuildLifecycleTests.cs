using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>How often cargo runs, with which profile, and what clean removes.</summary>
[Collection(IntegrationCollection.Name)]
public sealed class BuildLifecycleTests(PackagedCargoBuild package)
{
    [Fact]
    public void MultiTargetedProjectRunsCargoOnceAndEveryFrameworkGetsTheLibraryAndThePackageHasItOnce()
    {
        var consumer = package.CreateConsumer("multi-target").WriteCAbiCrate("native", "it_multi_target");
        var cargo = CargoInvocationLog.Create(consumer);
        consumer.WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""",
            targetFrameworks: "net8.0;net10.0", properties: $"<CargoPath>{cargo.WrapperPath}</CargoPath><TreatWarningsAsErrors>true</TreatWarningsAsErrors>");

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Single(cargo.Invocations("build"));
        var library = TestEnvironment.NativeLibraryName("it_multi_target");
        Assert.True(File.Exists(consumer.PathOf($"bin/Debug/net8.0/{library}")));
        Assert.True(File.Exists(consumer.PathOf($"bin/Debug/net10.0/{library}")));

        // Every framework's pack sees the same library; added twice, NuGet would warn (NU5118).
        var pack = consumer.Run("pack", "-c", "Release", "-o", "packed", "-p:PackageId=It.MultiTarget", "-p:Version=1.0.0");

        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.DoesNotContain("NU5118", pack.Output);
        var entries = NuGetPackage.Entries(consumer.PathOf("packed/It.MultiTarget.1.0.0.nupkg"));
        Assert.Single(entries, entry => entry == $"runtimes/{TestEnvironment.RuntimeIdentifier}/native/{library}");
        Assert.Contains("lib/net8.0/Consumer.dll", entries);
        Assert.Contains("lib/net10.0/Consumer.dll", entries);
    }

    [Fact]
    public void DebugBuildsTheDevProfileReleaseTheReleaseProfileAndCleanRemovesBoth()
    {
        var consumer = package.CreateConsumer("profiles").WriteCAbiCrate("native", "it_profiles");
        var cargo = CargoInvocationLog.Create(consumer);
        consumer.WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""",
            properties: $"<CargoPath>{cargo.WrapperPath}</CargoPath>");
        var library = TestEnvironment.NativeLibraryName("it_profiles");
        var debugArtifact = Path.Combine(TestEnvironment.SharedCargoTargetDirectory, "debug", library);
        var releaseArtifact = Path.Combine(TestEnvironment.SharedCargoTargetDirectory, "release", library);

        var debug = consumer.Build();
        var release = consumer.Build("-c", "Release");

        Assert.True(debug.ExitCode == 0, debug.ToString());
        Assert.True(release.ExitCode == 0, release.ToString());
        var builds = cargo.Invocations("build");
        Assert.Equal(2, builds.Count);
        Assert.Contains("--profile dev", builds[0]);
        Assert.Contains("--profile release", builds[1]);
        Assert.True(File.Exists(debugArtifact) && File.Exists(releaseArtifact));
        Assert.True(File.Exists(consumer.PathOf($"bin/Release/net10.0/{library}")));

        var cleanRelease = consumer.Run("clean", "-c", "Release");
        var cleanDebug = consumer.Run("clean");

        Assert.True(cleanRelease.ExitCode == 0 && cleanDebug.ExitCode == 0, cleanRelease + cleanDebug.ToString());
        Assert.False(File.Exists(consumer.PathOf($"bin/Release/net10.0/{library}")));
        Assert.False(File.Exists(consumer.PathOf($"bin/Debug/net10.0/{library}")));
        Assert.False(File.Exists(releaseArtifact));
        Assert.False(File.Exists(debugArtifact));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CleanRemovesThisCratesArtifactsAndLeavesThoseOfAnotherCrateInTheSameTargetFolder(bool forRuntimeIdentifier)
    {
        // A target folder of this test's own: a clean that overreached would take other tests' artifacts with it.
        var suffix = forRuntimeIdentifier ? "rid" : "host";
        var targetDirectory = Path.Combine(package.Root, $"clean-shared-target-{suffix}");
        var kept = package.CreateConsumer($"clean-kept-{suffix}").WriteCAbiCrate("native", $"it_clean_kept_{suffix}");
        var cleaned = package.CreateConsumer($"clean-cleaned-{suffix}").WriteCAbiCrate("native", $"it_clean_cleaned_{suffix}");
        var cargo = CargoInvocationLog.Create(cleaned);
        foreach (var consumer in new[] { kept, cleaned })
        {
            consumer.WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""",
                properties: $"<CargoPath>{cargo.WrapperPath}</CargoPath><CargoTargetDir>{targetDirectory}</CargoTargetDir>");
        }

        string[] runtime = forRuntimeIdentifier ? ["-r", TestEnvironment.RuntimeIdentifier] : [];
        var profileDirectory = forRuntimeIdentifier
            ? Path.Combine(targetDirectory, TestEnvironment.HostTriple, "debug")
            : Path.Combine(targetDirectory, "debug");
        var keptLibrary = TestEnvironment.NativeLibraryName($"it_clean_kept_{suffix}");
        var cleanedLibrary = TestEnvironment.NativeLibraryName($"it_clean_cleaned_{suffix}");
        var outputDirectory = forRuntimeIdentifier ? $"bin/Debug/net10.0/{TestEnvironment.RuntimeIdentifier}" : "bin/Debug/net10.0";

        var buildKept = kept.Build(runtime);
        var buildCleaned = cleaned.Build(runtime);

        Assert.True(buildKept.ExitCode == 0, buildKept.ToString());
        Assert.True(buildCleaned.ExitCode == 0, buildCleaned.ToString());
        Assert.True(File.Exists(Path.Combine(profileDirectory, keptLibrary)) && File.Exists(Path.Combine(profileDirectory, cleanedLibrary)),
            $"both libraries in {profileDirectory} after the builds");
        Assert.True(File.Exists(cleaned.PathOf($"{outputDirectory}/{cleanedLibrary}")));

        var clean = cleaned.Run("clean", runtime);

        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.True(File.Exists(Path.Combine(profileDirectory, keptLibrary)), $"dotnet clean of another project removed {keptLibrary} from {profileDirectory}");
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(profileDirectory, "deps"), $"*it_clean_kept_{suffix}*"));
        Assert.False(File.Exists(Path.Combine(profileDirectory, cleanedLibrary)), $"{cleanedLibrary} is still in {profileDirectory} after dotnet clean");
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(profileDirectory, "deps"), $"*it_clean_cleaned_{suffix}*"));
        Assert.False(File.Exists(cleaned.PathOf($"{outputDirectory}/{cleanedLibrary}")));
        Assert.Contains(cargo.Invocations("clean"), line => line.Contains($"--package it_clean_cleaned_{suffix}", StringComparison.Ordinal));
    }

    [Fact]
    public void DisabledCargoBuildAndDesignTimeBuildsDoNotRunCargo()
    {
        var consumer = package.CreateConsumer("disabled").WriteCAbiCrate("native", "it_disabled");
        var cargo = CargoInvocationLog.Create(consumer);
        consumer.WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""",
            properties: $"<CargoPath>{cargo.WrapperPath}</CargoPath>");

        var disabled = consumer.Build("-p:CargoBuildEnabled=false");
        var designTime = consumer.Build("-p:DesignTimeBuild=true");

        Assert.True(disabled.ExitCode == 0, disabled.ToString());
        Assert.True(designTime.ExitCode == 0, designTime.ToString());
        Assert.Empty(cargo.Invocations("build"));
    }

    [Fact]
    public void CleanWithACargoPathThatDoesNotRunIsAWarningNotABug()
    {
        var consumer = package.CreateConsumer("clean-no-cargo").WriteCAbiCrate("native", "it_clean_no_cargo")
            .WriteFile("not-cargo", "this is not a program")
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(consumer.PathOf("not-cargo"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());

        var clean = consumer.Run("clean", $"-p:CargoPath={consumer.PathOf("not-cargo")}");

        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.DoesNotContain("CB1099", clean.Output);
        var warning = Assert.Single(clean.Warnings, warning => warning.Code == "CB1019");
        Assert.Contains("could not start", warning.Message);
    }

    [Fact]
    public void ARelativeCargoTargetDirIsTheProjectsWhereverTheBuildStarts()
    {
        // Started from the folder above the project, as `dotnet build app/App.csproj` from a repository root.
        var consumer = package.CreateConsumer("relative-target-dir")
            .WriteCAbiCrate("native", "it_relative_target")
            .WriteProject("Consumer.csproj", """<CargoCrate Include="native/Cargo.toml" />""", properties: "<CargoTargetDir>rust-target-relative</CargoTargetDir>");
        var library = TestEnvironment.NativeLibraryName("it_relative_target");
        var startedIn = Path.GetDirectoryName(consumer.Directory)!;

        var build = DotNet.Build(startedIn, null, "build", consumer.PathOf("Consumer.csproj"));

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(consumer.PathOf($"rust-target-relative/debug/{library}")), build.ToString());
        Assert.False(Directory.Exists(Path.Combine(startedIn, "rust-target-relative")), "cargo built into the folder the build started in");
        Assert.True(File.Exists(consumer.PathOf($"bin/Debug/net10.0/{library}")));

        var clean = DotNet.Build(startedIn, null, "clean", consumer.PathOf("Consumer.csproj"));

        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.False(File.Exists(consumer.PathOf($"rust-target-relative/debug/{library}")), clean.ToString());
    }
}
