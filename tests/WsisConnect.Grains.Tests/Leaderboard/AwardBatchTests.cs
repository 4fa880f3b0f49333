using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Grains.Leaderboard;
using WsisConnect.Grains.Storage;
using WsisConnect.Storage;
using WsisConnect.Testing;
using Xunit;

namespace WsisConnect.Grains.Tests.Leaderboard;

/// <summary>
/// A batch of awards whose script call timed out on our side may still have run on the store; the retry carries the
/// same batch id and must not award the points twice. On the embedded Garnet, the server's default store.
/// </summary>
public sealed class AwardBatchTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly EmbeddedGarnet _garnet;
    private readonly ConnectionMultiplexer _redis;
    private readonly LeaderboardStore _store;

    public AwardBatchTests()
    {
        _garnet = EmbeddedGarnet.Start(_data.Path, FreePort.Next(), waitForCommit: true);
        _redis = ConnectionMultiplexer.Connect(_garnet.ConnectionString);
        _store = new LeaderboardStore(_redis, Options.Create(new StoreOptions { KeyPrefix = "awards-" + Guid.NewGuid().ToString("N")[..8] }), TimeProvider.System);
    }

    [Fact]
    public async Task ABatchSentAgainWithItsIdAwardsItsPointsOnce()
    {
        var batch = Enumerable.Range(0, 3).Select(i => new PointsAward($"att-{i}", $"Person {i}", PointsKind.Contact, 5)).ToArray();
        var batchId = LeaderboardStore.NewBatchId();

        var first = await _store.AwardBatchAsync(batchId, batch);
        var again = await _store.AwardBatchAsync(batchId, batch);

        Assert.Equal(3, first);
        // The replay answers what the batch awarded the first time, and changes nothing.
        Assert.Equal(3, again);
        Assert.Equal(5, (await _store.GetStandingAsync("att-0")).Points);
        var top = await _store.GetTopAsync(10);
        Assert.Equal(3, top.Length);
        Assert.All(top, e => Assert.Equal(5, e.Points));
    }

    [Fact]
    public async Task TheSameAwardsInAnotherBatchCountAgain()
    {
        PointsAward[] batch = [new("att-x", "Someone", PointsKind.Contact, 5)];

        await _store.AwardBatchAsync(LeaderboardStore.NewBatchId(), batch);
        await _store.AwardBatchAsync(LeaderboardStore.NewBatchId(), batch);

        Assert.Equal(10, (await _store.GetStandingAsync("att-x")).Points);
    }

    [Fact]
    public async Task AwardsAreSplitIntoBatchesOfTheBatchSize()
    {
        var awards = Enumerable.Range(0, LeaderboardStore.BatchSize * 2 + 7).Select(i => new PointsAward($"p-{i}", "", PointsKind.Voted, 1)).ToArray();

        var awarded = await _store.AwardAsync(awards);

        Assert.Equal(awards.Length, awarded);
        var version = await _store.GetVersionAsync();
        // One version bump per script call that awarded something: three calls.
        Assert.Equal(3, version);
    }

    public void Dispose()
    {
        _redis.Dispose();
        _garnet.Dispose();
        _data.Dispose();
    }
}
