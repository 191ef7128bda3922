namespace CargoBuild.Migrations;

/// <summary>
/// Finds, in one pass over a diagnostic's message, which signals could match it: a signal whose pattern requires
/// plain text (<see cref="MigrationSignal.RequiredLiterals"/>) is a candidate only when the message contains one of
/// its literals. Literals are indexed by their first character, so each character of the message is looked up once
/// and compared only with the few literals that start with it: the time is linear in the message's size, whatever
/// the number of rules, and no regular expression runs for a signal whose text is absent.
/// </summary>
internal sealed class LiteralPrefilter
{
    private const int AsciiCount = 128;

    private readonly List<string> literals = [];
    private readonly int[]?[] startingWithAscii = new int[AsciiCount][];
    private readonly Dictionary<char, int[]> startingWithOther = [];

    // For each signal, the ids of the literals it needs (any one of them), or null when it needs none.
    private readonly int[]?[] signalLiterals;

    public LiteralPrefilter(IReadOnlyList<MigrationSignal> signals)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var starting = new Dictionary<char, List<int>>();
        signalLiterals = new int[]?[signals.Count];
        for (var index = 0; index < signals.Count; index++)
        {
            if (signals[index].Message is null || signals[index].RequiredLiterals is not { Count: > 0 } required)
            {
                continue;
            }

            signalLiterals[index] = [.. required.Select(literal =>
            {
                if (!ids.TryGetValue(literal, out var id))
                {
                    ids[literal] = id = literals.Count;
                    literals.Add(literal);
                    (starting.TryGetValue(literal[0], out var list) ? list : starting[literal[0]] = []).Add(id);
                }

                return id;
            })];
        }

        foreach (var (first, list) in starting)
        {
            if (first < AsciiCount)
            {
                startingWithAscii[first] = [.. list];
            }
            else
            {
                startingWithOther[first] = [.. list];
            }
        }
    }

    /// <summary>Which of the indexed literals <paramref name="message"/> contains, by id.</summary>
    public bool[] Find(string message)
    {
        var found = new bool[literals.Count];
        for (var position = 0; position < message.Length; position++)
        {
            var character = message[position];
            var candidates = character < AsciiCount ? startingWithAscii[character] : startingWithOther.GetValueOrDefault(character);
            if (candidates is null)
            {
                continue;
            }

            foreach (var id in candidates)
            {
                found[id] = found[id] || message.AsSpan(position).StartsWith(literals[id], StringComparison.Ordinal);
            }
        }

        return found;
    }

    /// <summary>False when the signal needs text that <paramref name="found"/> (from <see cref="Find"/>) says is absent.</summary>
    public bool IsCandidate(int signalIndex, bool[] found)
    {
        if (signalLiterals[signalIndex] is not { } needed)
        {
            return true;
        }

        foreach (var id in needed)
        {
            if (found[id])
            {
                return true;
            }
        }

        return false;
    }
}
