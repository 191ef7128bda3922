using CargoBuild.Diagnostics;
using CargoBuild.Manifests;

namespace CargoBuild.Tests.Manifests;

/// <summary>Which packages a cargo build of a CargoCrate's manifest compiles, so that clean removes those and no others.</summary>
public sealed class CargoWorkspaceDefaultPackagesTests : IDisposable
{
    private readonly TemporaryCrates crates = new();

    public void Dispose() => crates.Dispose();

    [Fact]
    public void SinglePackageIsItself() =>
        Assert.Equal(["alone"], DefaultPackageNames(crates.Write("alone/Cargo.toml", Package("alone"))));

    [Fact]
    public void MemberOfAWorkspaceIsItselfNotItsSiblings()
    {
        crates.Write("ws/Cargo.toml", "[workspace]\nmembers = [\"crates/*\"]\n");
        var member = crates.Write("ws/crates/first/Cargo.toml", Package("first"));
        crates.Write("ws/crates/second/Cargo.toml", Package("second"));

        Assert.Equal(["first"], DefaultPackageNames(member));
    }

    [Fact]
    public void VirtualWorkspaceIsEveryMember()
    {
        var root = crates.Write("ws/Cargo.toml", "[workspace]\nmembers = [\"crates/*\"]\n");
        crates.Write("ws/crates/first/Cargo.toml", Package("first"));
        crates.Write("ws/crates/second/Cargo.toml", Package("second"));

        Assert.Equal(["first", "second"], DefaultPackageNames(root));
    }

    [Fact]
    public void DefaultMembersAreWhatABuildOfTheRootCompiles()
    {
        var root = crates.Write("ws/Cargo.toml", Package("root") + "[workspace]\nmembers = [\"crates/*\"]\ndefault-members = [\"crates/second\"]\n");
        crates.Write("ws/crates/first/Cargo.toml", Package("first"));
        crates.Write("ws/crates/second/Cargo.toml", Package("second"));

        Assert.Equal(["second"], DefaultPackageNames(root));
    }

    [Fact]
    public void RootPackageWithoutDefaultMembersIsTheRootAlone()
    {
        var root = crates.Write("ws/Cargo.toml", Package("root") + "[workspace]\nmembers = [\"crates/*\"]\n");
        crates.Write("ws/crates/first/Cargo.toml", Package("first"));

        Assert.Equal(["root"], DefaultPackageNames(root));
    }

    private static string Package(string name) => $"[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n";

    private static IReadOnlyList<string> DefaultPackageNames(string manifest)
    {
        var diagnostics = new List<BuildDiagnostic>();
        var names = CargoWorkspace.Load(manifest, diagnostics)!.DefaultPackageNames(diagnostics);
        Assert.Empty(diagnostics);
        return names;
    }
}
