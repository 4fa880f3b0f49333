using WsisConnect.Grains.Abstractions.Messages;
using WsisConnect.Grains.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Grains.Tests.Hosting;

/// <summary>
/// Stateless workers keyed per person (inbox, check-ins, account) cost nothing while idle. Orleans' proactive
/// idle-worker removal gives each one a timer of its own that fires every second: with a forum's people activated,
/// thousands of wake-ups a second on an idle node. The silo setup turns it off.
/// </summary>
public sealed class IdleWorkerTests(GarnetClusterFixture fixture) : IClassFixture<GarnetClusterFixture>
{
    [Fact]
    public async Task AThousandPeoplesInboxesAddNoTimerEach()
    {
        const int people = 1_000;
        var before = Timer.ActiveCount;
        var inboxes = Enumerable.Range(0, people).Select(_ => fixture.Grains.GetGrain<IInboxGrain>("idle-" + Guid.NewGuid().ToString("N")[..12]));
        // A few at a time: the point is how many are active, not how fast they came.
        foreach (var batch in inboxes.Chunk(50))
        {
            await Task.WhenAll(batch.Select(i => i.GetUnreadAsync())).WaitAsync(TimeSpan.FromSeconds(60));
        }

        // Activating a worker leaves a timer behind for the activation's own time limit (Orleans' ActivationTimeout,
        // 30 s): wait those out. Other tests run alongside and make timers of their own, hence a margin rather than
        // zero; a timer per worker would keep a thousand.
        var added = Timer.ActiveCount - before;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (added >= people / 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            added = Timer.ActiveCount - before;
        }
        Assert.True(added < people / 2, $"{added} timers more after activating {people} inboxes");
    }
}
