namespace CargoBuild.Migrations;

/// <summary>
/// Finds, in one pass over a diagnostic's message, which signals could match it: a signal whose pattern requires
/// plain text (<see cref="MigrationSignal.RequiredLiterals"/>) is a candidate only when the message contains one of
/// its literals. Literals are indexed by their first two characters (hashed into a small table), so each position of
/// the message costs one lookup and is compared only with the literals that start there, or with a colliding few: the
/// time is linear in the message's size, whatever the number of rules, and no regular expression runs for a signal
/// whose text is absent. One character would not do: a quarter of the literals start with a space.
/// </summary>
internal sealed class LiteralPrefilter
{
    private const int PairSlots = 1024;

    private readonly List<string> literals = [];
    private readonly int[]?[] startingWithPair = new int[PairSlots][];

    // The signals that need no literal, or one too short to index (always candidates), and for each literal the
    // signals it may admit.
    private readonly int[] unfiltered;
    private readonly List<List<int>> signalsNeeding = [];

    public LiteralPrefilter(IReadOnlyList<MigrationSignal> signals)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var starting = new Dictionary<int, List<int>>();
        var always = new List<int>();
        for (var index = 0; index < signals.Count; index++)
        {
            if (signals[index].Message is null || signals[index].RequiredLiterals is not { Count: > 0 } required || required.Any(literal => literal.Length < 2))
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
                    var slot = SlotOf(literal[0], literal[1]);
                    (starting.TryGetValue(slot, out var list) ? list : starting[slot] = []).Add(id);
                }

                signalsNeeding[id].Add(index);
            }
        }

        unfiltered = [.. always];
        foreach (var (slot, list) in starting)
        {
            startingWithPair[slot] = [.. list];
        }
    }

    private static int SlotOf(char first, char second) => ((first * 31) + second) & (PairSlots - 1);

    /// <summary>
    /// The indexes of the signals that could match <paramref name="message"/>, in ascending order: those that need no
    /// text and those whose text it contains. A diagnostic then visits a few signals, not every rule's.
    /// </summary>
    public List<int> Candidates(string message)
    {
        var candidates = new List<int>(unfiltered);
        Span<bool> found = literals.Count <= 1024 ? stackalloc bool[literals.Count] : new bool[literals.Count];
        for (var position = 0; position + 1 < message.Length; position++)
        {
            if (startingWithPair[SlotOf(message[position], message[position + 1])] is not { } starting)
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
