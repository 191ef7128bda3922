using System.Globalization;
using CargoBuild.Processes;

namespace CargoBuild.Tests.Processes;

public sealed class LineQueueTests
{
    [Fact]
    public async Task EveryLineOfTwoWritersArrivesOnceInEachWritersOrderThenTheQueueEnds()
    {
        const int perWriter = 20_000;
        var queue = new LineQueue();
        var writers = new[] { false, true }.Select(isStandardError => Task.Run(() =>
        {
            for (var index = 0; index < perWriter; index++)
            {
                queue.Add(new OutputLine(index.ToString(CultureInfo.InvariantCulture), isStandardError));
            }
        })).ToArray();
        var completion = Task.WhenAll(writers).ContinueWith(_ => queue.Complete(), TaskScheduler.Default);
        var next = await Task.Run(() => Consume(queue));

        await completion;
        Assert.Equal([perWriter, perWriter], next);
    }

    [Fact]
    public async Task AConsumerWaitingOnAnEmptyQueueIsLetGoWhenItCompletes()
    {
        var queue = new LineQueue();
        var batch = new List<OutputLine>();
        var consumer = Task.Run(() => queue.TakeAll(ref batch));

        queue.Complete();

        Assert.False(await consumer.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    private static int[] Consume(LineQueue queue)
    {
        var next = new[] { 0, 0 };
        var batches = 0;
        var batch = new List<OutputLine>();
        while (queue.TakeAll(ref batch))
        {
            Assert.NotEmpty(batch);
            batches++;
            foreach (var line in batch)
            {
                var writer = line.IsStandardError ? 1 : 0;
                Assert.Equal(next[writer]++.ToString(CultureInfo.InvariantCulture), line.Text);
            }

            batch.Clear();
        }

        Assert.InRange(batches, 1, next.Sum());
        Assert.False(queue.TakeAll(ref batch));
        return next;
    }
}
