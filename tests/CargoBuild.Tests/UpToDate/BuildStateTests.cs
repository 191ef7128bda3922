using CargoBuild.Tests.Manifests;
using CargoBuild.UpToDate;

namespace CargoBuild.Tests.UpToDate;

public sealed class BuildStateTests : IDisposable
{
    private readonly TemporaryCrates files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void StateSurvivesTheRecordFileWithTabsAndSpacesInPaths()
    {
        var state = new BuildState(
            "ABC123",
            [new BuildStateInput("/w/my crate/src/odd\tname.rs", new DateTime(2026, 11, 25, 6, 0, 0, DateTimeKind.Utc)), new BuildStateInput("/w/Cargo.lock", DateTime.MinValue)],
            [
                new BuildStateArtifact("/t/debug/libmy crate.so", "path+file:///w/my%20crate#0.1.0", "my_crate"),
                new BuildStateArtifact("/t/debug/my tool", "path+file:///w/my%20crate#0.1.0", "my tool", CargoBuild.Building.NativeArtifactKind.Executable),
                new BuildStateArtifact("/t/debug/libmy crate.a", "path+file:///w/my%20crate#0.1.0", "my_crate", CargoBuild.Building.NativeArtifactKind.StaticLibrary, "-lgcc_s -lutil -lc"),
                new BuildStateArtifact("/t/debug/libmy_module.so", "path+file:///w/my_module#0.1.0", "my_module") { IsPythonModule = true },
            ])
        {
            Variables = [BuildStateVariable.Of("IT_FLAVOUR", "a\tb"), BuildStateVariable.Of("IT_UNSET", null), BuildStateVariable.Of("IT_EMPTY", "")],
            StampParts = [new BuildStampPart("cargo", "0A1B"), new BuildStampPart("env:ODD\tNAME", "2C3D")],
        };
        var path = Path.Combine(files.Root, "obj", "x.state");

        Assert.True(RecordFile.Write(path, BuildState.Header, state.ToRows()));
        var read = BuildState.Parse(RecordFile.Read(path, BuildState.Header)!)!;

        Assert.Equal(state.Stamp, read.Stamp);
        Assert.Equal(state.Inputs, read.Inputs);
        Assert.Equal(state.Artifacts, read.Artifacts);
        Assert.Equal(state.Variables, read.Variables);
        Assert.Equal(state.StampParts, read.StampParts);
        Assert.Equal(DateTimeKind.Utc, read.Inputs[0].LastWriteUtc.Kind);
    }

    [Theory]
    [InlineData("input\t/w/a.rs")]
    [InlineData("input\tyesterday\t/w/a.rs")]
    [InlineData("input\t-5\t/w/a.rs")]
    [InlineData("input\t99999999999999999999\t/w/a.rs")]
    [InlineData("artifact\tid\t/t/lib.so")]
    [InlineData("artifact\tid\tmy_crate\t/t/lib.so")]
    [InlineData("artifact\tid\tmy_crate\tDynamic\t\t/t/lib.so")]
    [InlineData("artifact\tid\tmy_crate\t7\t\t/t/lib.so")]
    [InlineData("artifact\tid\tmy_crate\t1\t\t/t/lib.so")]
    [InlineData("artifact\tid\tmy_crate\tsharedlibrary\t\t/t/lib.so")]
    [InlineData("env\tIT_FLAVOUR")]
    [InlineData("something\telse")]
    [InlineData("warning\tunused_variables\t/w/src/lib.rs\tthree\t9\t3\t10\t\tunused variable")]
    [InlineData("warning\tunused_variables\t/w/src/lib.rs\t3\t9")]
    public void DamagedRowIsNoState(string row) =>
        Assert.Null(BuildState.Parse(["stamp\tABC", row]));

    [Fact]
    public void StateWithoutStampIsNoState() =>
        Assert.Null(BuildState.Parse(["input\t0\t/w/a.rs"]));

    [Fact]
    public void RecordThatCannotBeWrittenLeavesNothingBehind()
    {
        var obj = Path.Combine(files.Root, "obj");
        var blocked = Directory.CreateDirectory(Path.Combine(obj, "x.state")).FullName;

        Assert.False(RecordFile.Write(blocked, BuildState.Header, [["stamp", "ABC"]]));
        Assert.Empty(Directory.GetFiles(obj, "*.partial"));
    }

    [Fact]
    public void RecordOfAnotherKindOrFormatIsNotRead()
    {
        var path = Path.Combine(files.Root, "obj", "x.state");
        RecordFile.Write(path, "cargobuild build-state 0", [["stamp", "ABC"]]);

        Assert.Null(RecordFile.Read(path, BuildState.Header));
        Assert.Null(RecordFile.Read(Path.Combine(files.Root, "obj", "missing.state"), BuildState.Header));
    }
}
