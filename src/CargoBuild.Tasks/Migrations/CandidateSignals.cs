namespace CargoBuild.Migrations;

/// <summary>
/// The signals one message admits (<see cref="LiteralPrefilter"/>, by index) and, once asked, whether each one's message
/// pattern matches it: a build repeats a message many times (each function of an upgraded crate fails alike), and a
/// message pattern depends on the message alone.
/// </summary>
internal sealed class CandidateSignals(List<int> indexes)
{
    private readonly bool?[] messageMatches = new bool?[indexes.Count];

    public List<int> Indexes => indexes;

    /// <summary>Whether the signal at <paramref name="position"/> of <see cref="Indexes"/> matches the message.</summary>
    public bool MatchesMessage(int position, MigrationSignal signal, string message) =>
        messageMatches[position] ??= signal.MatchesMessage(message);
}
