using CargoBuild.Building;
using CargoBuild.Diagnostics;

namespace CargoBuild.Tests.Building;

public sealed class BuildScriptLinkArgumentsTests
{
    [Fact]
    public void ARealBuildScriptsLibrariesAndFolderBecomeLinkerArguments()
    {
        var reader = new CargoBuildOutputReader(new RustcDiagnosticMapper($"{RecordedArtifactBuild.Root}/links"), _ => { }, _ => { });
        foreach (var line in RecordedArtifactBuild.StandardOutput("links"))
        {
            reader.ReadStandardOutput(line);
        }

        Assert.Equal(["-L/opt/fixture-links/lib", "-lcrypt", "-lm"], reader.LinkRequests.Arguments(msvc: false));
        Assert.Equal(["/LIBPATH:/opt/fixture-links/lib", "crypt.lib", "m.lib"], reader.LinkRequests.Arguments(msvc: true));
        Assert.Equal(NativeArtifactKind.StaticLibrary, Assert.Single(reader.Artifacts).Kind);
    }

    [Fact]
    public void BundledStaticLibrariesAndRustCrateFoldersAreLeftOut()
    {
        var arguments = new BuildScriptLinkArguments();

        arguments.Add(["static=bundled", "static:-bundle=unbundled", "dylib:+verbatim=libexact.so.1", "framework=Security", "old:new", "ssl"],
            ["dependency=/t/deps", "crate=/t/c", "framework=/f", "/plain path", "all=/all"]);
        arguments.Add(["ssl"], ["all=/all"]);

        Assert.Equal(["-F/f", "-L\"/plain path\"", "-L/all", "-lunbundled", "-l:libexact.so.1", "-framework Security", "-lnew", "-lssl"], arguments.Arguments(msvc: false));
    }

    [Fact]
    public void NoRequestsAreNoArguments()
    {
        var arguments = new BuildScriptLinkArguments();

        arguments.Add(["static=bundled"], ["dependency=/t/deps"]);

        Assert.Empty(arguments.Arguments(msvc: false));
    }
}
