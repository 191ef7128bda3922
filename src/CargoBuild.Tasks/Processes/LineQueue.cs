namespace CargoBuild.Processes;

/// <summary>
/// Lines from the output readers to the one consumer, handed over in batches: the consumer takes everything queued
/// since it last looked, so a burst of cargo's output costs one wake-up, not one per line. Waiting blocks at once
/// instead of spinning first, which on a two-core machine would take CPU from rustc.
/// </summary>
internal sealed class LineQueue
{
    private readonly object gate = new();
    private List<OutputLine> pending = [];
    private bool completed;

    public void Add(OutputLine line)
    {
        lock (gate)
        {
            pending.Add(line);
            if (pending.Count == 1)
            {
                Monitor.Pulse(gate);
            }
        }
    }

    /// <summary>No line comes after this; a consumer waiting for one is let go.</summary>
    public void Complete()
    {
        lock (gate)
        {
            completed = true;
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>
    /// Waits for lines and swaps them for <paramref name="batch"/> (which must be empty and is then the queue's to
    /// fill); false once the queue is completed and every line was taken.
    /// </summary>
    public bool TakeAll(ref List<OutputLine> batch)
    {
        lock (gate)
        {
            while (pending.Count == 0)
            {
                if (completed)
                {
                    return false;
                }

                Monitor.Wait(gate);
            }

            (pending, batch) = (batch, pending);
            return true;
        }
    }
}
