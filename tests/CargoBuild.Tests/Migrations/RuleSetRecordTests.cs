using CargoBuild.Diagnostics;
using CargoBuild.Migrations;
using CargoBuild.Versions;

namespace CargoBuild.Tests.Migrations;

/// <summary>The rules recorded in obj/ read back as the files they came from, and only while those files are unchanged.</summary>
public sealed class RuleSetRecordTests : IDisposable
{
    // Text that needs escaping in a record: tabs, line breaks, backslashes, and a field that reads like its null marker.
    private static readonly string UserRules = RuleFileTests.ValidRule
        .Replace("fix = \"Call mylib::renamed_function instead.\"", "fix = \"Call\\trenamed_function \\\\ instead,\\nas the note says.\"", StringComparison.Ordinal)
        .Replace("old-apis = [\"old_function\"]", "old-apis = [\"old_function\", \"older\\\\N\"]", StringComparison.Ordinal)
        .Replace("in crate .mylib.'", "in crate .mylib.\t'\ncontext = 'mylib::legacy|\\bN\\b'", StringComparison.Ordinal);

    private readonly string folder = Directory.CreateTempSubdirectory("cargobuild-rule-record-").FullName;

    public void Dispose() => Directory.Delete(folder, true);

    [Fact]
    public void TheBuiltInAndAUserFileReadBackAsTheyLoaded()
    {
        var user = Path.Combine(folder, "mylib.toml");
        File.WriteAllText(user, UserRules);
        var paths = new[] { BuiltInRules.Path, user };
        var errors = new List<BuildDiagnostic>();
        var loaded = MigrationRuleSet.Load(paths, errors).Rules;
        var record = Path.Combine(folder, "rules.record");

        RuleSetRecord.Write(record, "k", loaded);
        var read = RuleSetRecord.Read(record, "k");

        Assert.Empty(errors);
        Assert.NotNull(read);
        Assert.Contains(loaded, rule => rule.Fix.Contains('\t') && rule.Fix.Contains('\n') && rule.OldApis.Contains("older\\N") && rule.Signals[0].Context is not null);
        Assert.Equal(loaded.Select(Describe), read.Select(Describe));
        Assert.Null(RuleSetRecord.Read(record, "another key"));
        foreach (var (rule, again) in loaded.Zip(read))
        {
            foreach (var version in new[] { "0.17.3", "0.22.6", "0.28.2", "1.0.0" })
            {
                Assert.Equal(rule.Guide?.UrlFor(rule, CargoVersion.Parse(version)), again.Guide?.UrlFor(again, CargoVersion.Parse(version)));
            }
        }
    }

    [Fact]
    public void ABuildReusesTheRecordWhileItsFilesAreUnchangedAndParsesThemAgainAfter()
    {
        var user = Path.Combine(folder, "mylib.toml");
        File.WriteAllText(user, UserRules);
        var written = File.GetLastWriteTimeUtc(user);
        Assert.Empty(Load(user).Errors);
        Assert.True(File.Exists(Path.Combine(folder, "obj", "migration-rules.record")));

        // Same size and write time: the record answers, and the file is not read at all.
        File.WriteAllText(user, new string('#', (int)new FileInfo(user).Length));
        File.SetLastWriteTimeUtc(user, written);
        var reused = Load(user);
        Assert.Empty(reused.Errors);
        Assert.Equal("MYLIB-2-RENAME", Assert.Single(reused.RuleSet.Rules).Id);

        // Written again: parsed again, and its mistakes are reported on every build.
        File.SetLastWriteTimeUtc(user, written.AddSeconds(1));
        Assert.NotEmpty(Load(user).Errors);
        Assert.NotEmpty(Load(user).Errors);
    }

    [Fact]
    public void ADamagedRecordIsNoRecord()
    {
        var user = Path.Combine(folder, "mylib.toml");
        File.WriteAllText(user, UserRules);
        Load(user);
        var record = Path.Combine(folder, "obj", "migration-rules.record");
        File.WriteAllText(record, File.ReadAllText(record).Replace("MYLIB-2-RENAME", "MYLIB-2-RENAMED", StringComparison.Ordinal));

        Assert.Null(RuleSetRecord.Read(record, RuleSetRecord.KeyOf([user])));
        Assert.Equal("MYLIB-2-RENAME", Assert.Single(Load(user).RuleSet.Rules).Id);
    }

    private RuleSetLoading Load(string user)
    {
        var loading = new RuleSetLoading([user], Path.Combine(folder, "obj"));
        _ = loading.RuleSet;
        return loading;
    }

    private static string Describe(MigrationRule rule) => string.Join("\n", new[]
    {
        rule.Id, rule.Code, rule.Title, rule.Fix, rule.Package, rule.Step ?? "-", rule.StepTo?.ToString() ?? "-", rule.Anchor ?? "-", rule.Url ?? "-",
        string.Join("|", rule.OldApis), string.Join("|", rule.GuideRanges), rule.Guide?.BaseUrl ?? "-", string.Join("|", rule.Guide?.Hosted ?? []),
    }.Concat(rule.Signals.Select(signal => string.Join("\t", signal.Source, signal.Level, signal.Versions?.ToString() ?? "-", signal.Message?.ToString() ?? "-",
        signal.Message?.Options, signal.Message?.MatchTimeout, signal.Context?.ToString() ?? "-", signal.Context?.Options, signal.Confirmed ?? "-", signal.IsRequirement,
        signal.RequiredLiterals is null ? "-" : string.Join("|", signal.RequiredLiterals),
        signal.RequiredContextLiterals is null ? "-" : string.Join("|", signal.RequiredContextLiterals)))));
}
