using Microsoft.Extensions.Time.Testing;
using WsisConnect.Contracts.Errors;
using WsisConnect.Server.Operations;
using Xunit;

namespace WsisConnect.Server.Tests.Operations;

/// <summary>
/// A node's memory of recent operations: one run per key with the same outcome for every retry, definite refusals
/// remembered and retryable failures forgotten, and its bounds (lifetime and capacity) kept by forgetting the oldest.
/// (Retries over real HTTP and SignalR: <see cref="RetrySafeWriteTests"/>.)
/// </summary>
public sealed class RecentOperationsTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task ARetryGetsTheFirstOutcomeWithoutRunningAgain()
    {
        var recent = new RecentOperations(_time);
        var runs = 0;

        var first = await recent.RunOnceAsync("op-1", () => Task.FromResult(++runs));
        var retry = await recent.RunOnceAsync("op-1", () => Task.FromResult(++runs));

        Assert.Equal(1, first);
        Assert.Equal(1, retry);
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task ARefusalIsRememberedAndARetryableFailureIsForgotten()
    {
        var recent = new RecentOperations(_time);
        var runs = 0;
        Task<int> Refuse(string code) { runs++; throw new ForumException(code, "no"); }

        await Assert.ThrowsAsync<ForumException>(() => recent.RunOnceAsync("refused", () => Refuse(ErrorCodes.PrizeAlreadyVoted)));
        var again = await Assert.ThrowsAsync<ForumException>(() => recent.RunOnceAsync("refused", () => Refuse(ErrorCodes.PrizeNotFound)));
        await Assert.ThrowsAsync<ForumException>(() => recent.RunOnceAsync("busy", () => Refuse(ErrorCodes.ServerBusy)));
        var retried = await recent.RunOnceAsync("busy", () => Task.FromResult(7));

        Assert.Equal(ErrorCodes.PrizeAlreadyVoted, again.Code);
        Assert.Equal(7, retried);
        Assert.Equal(2, runs);
        Assert.Equal(2, recent.Count);
    }

    [Fact]
    public async Task OutcomesOlderThanTheLifetimeAreForgottenOnTheNextCallAfterASecond()
    {
        var recent = new RecentOperations(_time);
        await recent.RunOnceAsync("old", () => Task.FromResult(1));
        _time.Advance(RecentOperations.Lifetime - TimeSpan.FromMinutes(1));
        await recent.RunOnceAsync("young", () => Task.FromResult(2));

        _time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(2));
        var runs = 0;
        var old = await recent.RunOnceAsync("old", () => Task.FromResult(10 + ++runs));
        var young = await recent.RunOnceAsync("young", () => Task.FromResult(20 + ++runs));

        Assert.Equal(11, old);
        Assert.Equal(2, young);
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task BeyondCapacityTheOldestAreForgottenDownToThreeQuartersAndTheNewestKept()
    {
        const int capacity = 1_000;
        var recent = new RecentOperations(_time, capacity);
        for (var i = 0; i < capacity; i++)
        {
            await recent.RunOnceAsync($"op-{i}", () => Task.FromResult(i));
        }
        Assert.Equal(capacity, recent.Count);

        // Without a second passing: the capacity alone makes the next call prune.
        await recent.RunOnceAsync("op-over-1", () => Task.FromResult(-1));
        await recent.RunOnceAsync("op-over-2", () => Task.FromResult(-2));

        Assert.InRange(recent.Count, capacity * 3 / 4, capacity * 3 / 4 + 2);
        var newest = await recent.RunOnceAsync($"op-{capacity - 1}", () => Task.FromResult(-3));
        var oldest = await recent.RunOnceAsync("op-0", () => Task.FromResult(-4));
        Assert.Equal(capacity - 1, newest);
        Assert.Equal(-4, oldest);
    }

    [Fact]
    public async Task ConcurrentCallsWithOneKeyRunOnce()
    {
        var recent = new RecentOperations(_time);
        var runs = 0;
        var gate = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);

        var calls = Enumerable.Range(0, 50)
            .Select(_ => Task.Run(() => recent.RunOnceAsync("same", () => { Interlocked.Increment(ref runs); return gate.Task; })))
            .ToArray();
        gate.SetResult(42);
        var outcomes = await Task.WhenAll(calls);

        Assert.All(outcomes, o => Assert.Equal(42, o));
        Assert.Equal(1, runs);
    }
}
