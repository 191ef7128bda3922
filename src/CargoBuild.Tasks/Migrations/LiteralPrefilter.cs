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

    // The signals that need no literal (always candidates), and for each literal the signals it may admit.
    private readonly int[] unfiltered;
    private readonly List<List<int>> signalsNeeding = [];

    public LiteralPrefilter(IReadOnlyList<MigrationSignal> signals)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var starting = new Dictionary<char, List<int>>();
        var always = new List<int>();
        for (var index = 0; index < signals.Count; index++)
        {
            if (signals[index].Message is null || signals[index].RequiredLiterals is not { Count: > 0 } required)
            {
                always.Add(index);
                continue;
            }

            foreach (var literal in required)
            {
                if (!ids.TryGetValue(literal, out var id))
                {
                    ids[literal] = id = literals.Count;
                    literals.Add(literal);
                    signalsNeeding.Add([]);
                    (starting.TryGetValue(literal[0], out var list) ? list : starting[literal[0]] = []).Add(id);
                }

                signalsNeeding[id].Add(index);
            }
        }

        unfiltered = [.. always];

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

    /// <summary>
    /// The indexes of the signals that could match <paramref name="message"/>, in ascending order: those that need no
    /// text and those whose text it contains. A diagnostic then visits a few signals, not every rule's.
    /// </summary>
    public List<int> Candidates(string message)
    {
        var candidates = new List<int>(unfiltered);
        var found = new bool[literals.Count];
        for (var position = 0; position < message.Length; position++)
        {
            var character = message[position];
            var starting = character < AsciiCount ? startingWithAscii[character] : startingWithOther.GetValueOrDefault(character);
            if (starting is null)
            {
                continue;
            }

            foreach (var id in starting)
            {
                if (!found[id] && message.AsSpan(position).StartsWith(literals[id], StringComparison.Ordinal))
                {
                    found[id] = true;
                    candidates.AddRange(signalsNeeding[id]);
                }
            }
        }

        if (candidates.Count > unfiltered.Length)
        {
            candidates.Sort();
            // A signal admitted by two of its literals is listed once.
            var kept = 0;
            for (var index = 0; index < candidates.Count; index++)
            {
                if (kept == 0 || candidates[kept - 1] != candidates[index])
                {
                    candidates[kept++] = candidates[index];
                }
            }

            candidates.RemoveRange(kept, candidates.Count - kept);
        }

        return candidates;
    }
}
