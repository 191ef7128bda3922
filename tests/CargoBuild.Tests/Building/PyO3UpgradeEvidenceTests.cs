using CargoBuild.Building;
using CargoBuild.Processes;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Building;

/// <summary>Where the pyo3 version the code was written for comes from: the setting, the last green build, git HEAD's Cargo.lock.</summary>
public sealed class PyO3UpgradeEvidenceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cargobuild-evidence-").FullName;

    public void Dispose() => Directory.Delete(folder, true);

    private static CargoVersion V(string text) => CargoVersion.Parse(text);

    [Fact]
    public void LastSuccessfulBuildIsRememberedAndOutranksGit()
    {
        var evidence = new PyO3UpgradeEvidence(Path.Combine(folder, "crate.pyo3"));
        Assert.Null(evidence.LastSuccessful());

        evidence.RecordSuccess(V("0.22.6"));

        Assert.Equal(V("0.22.6"), evidence.LastSuccessful());
        Assert.Equal(V("0.22.6"), evidence.UpgradedFrom(null, V("0.28.2"), () => throw new InvalidOperationException("git is not asked")));
        Assert.Equal(V("0.20.0"), evidence.UpgradedFrom(V("0.20.0"), V("0.28.2"), () => null));
    }

    [Fact]
    public void AFailedBuildDoesNotReplaceTheRecordAndAGreenOneDoes()
    {
        var evidence = new PyO3UpgradeEvidence(Path.Combine(folder, "crate.pyo3"));
        evidence.RecordSuccess(V("0.22.6"));

        evidence.RecordSuccess(null);
        Assert.Equal(V("0.22.6"), evidence.LastSuccessful());

        evidence.RecordSuccess(V("0.28.2"));
        Assert.Equal(V("0.28.2"), evidence.LastSuccessful());
    }

    [Fact]
    public void DamagedRecordIsNoEvidence()
    {
        var path = Path.Combine(folder, "crate.pyo3");
        File.WriteAllText(path, "something else\n0.22.6\n");

        Assert.Null(new PyO3UpgradeEvidence(path).LastSuccessful());
    }

    /// <summary>A real git repository whose committed Cargo.lock has pyo3 0.22.6 while the working tree moved on.</summary>
    [Fact]
    public void CommittedLockIsEvidenceOnlyWhenItDiffersFromTheWorkingTree()
    {
        var repository = Path.Combine(folder, "repo");
        Directory.CreateDirectory(repository);
        File.WriteAllText(Path.Combine(repository, "Cargo.lock"), """
            version = 3

            [[package]]
            name = "pyo3"
            version = "0.22.6"
            """);
        foreach (var arguments in new[] { "init -q", "add Cargo.lock", "-c user.name=t -c user.email=t@example.invalid commit -q -m lock" })
        {
            var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", arguments) { WorkingDirectory = repository })!;
            git.WaitForExit();
            Assert.Equal(0, git.ExitCode);
        }

        var committed = PyO3UpgradeEvidence.Committed(repository, new StreamingProcessRunner(), CancellationToken.None);
        var evidence = new PyO3UpgradeEvidence(Path.Combine(folder, "none.pyo3"));

        Assert.Equal(V("0.22.6"), committed);
        Assert.Equal(V("0.22.6"), evidence.UpgradedFrom(null, V("0.28.2"), () => committed));
        Assert.Null(evidence.UpgradedFrom(null, V("0.22.6"), () => committed));
        Assert.Null(PyO3UpgradeEvidence.Committed(folder, new StreamingProcessRunner(), CancellationToken.None));
    }
}
