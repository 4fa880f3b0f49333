using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Grains.Leaderboard;
using WsisConnect.Grains.Storage;
using WsisConnect.Storage;
using WsisConnect.Testing;

namespace WsisConnect.Bench.Micro.Store;

/// <summary>
/// A vote's store write (one <see cref="BatchedHashWriter"/> HSET on the embedded Garnet, acknowledged once in its
/// append-only log) issued right behind a batch of leaderboard awards (<see cref="LeaderboardStore.AwardAsync"/>,
/// one Lua script per award), on the same multiplexer connection as in the server, or on a second one. Each
/// invocation is one write; the awards are queued before it and drained after it, outside the measurement.
/// </summary>
[InvocationCount(1)]
[WarmupCount(3)]
[IterationCount(15)]
public class StoreContentionBenchmarks
{
    private TempDirectory _data = null!;
    private EmbeddedGarnet _garnet = null!;
    private ConnectionMultiplexer _votes = null!;
    private ConnectionMultiplexer _separate = null!;
    private LeaderboardStore _leaderboard = null!;
    private BatchedHashWriter _writer = null!;
    private Task _awards = Task.CompletedTask;
    private long _next;

    [Params(0, 1_000)]
    public int AwardsAhead { get; set; }

    [Params(true, false)]
    public bool SharedConnection { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _data = new TempDirectory("wsis-micro-store-");
        _garnet = EmbeddedGarnet.Start(_data.Path, FreePort.Next(), waitForCommit: true);
        _votes = await ConnectionMultiplexer.ConnectAsync(_garnet.ConnectionString);
        _separate = await ConnectionMultiplexer.ConnectAsync(_garnet.ConnectionString);
        _leaderboard = new LeaderboardStore(SharedConnection ? _votes : _separate, Options.Create(new StoreOptions { KeyPrefix = "micro" }), TimeProvider.System);
        _writer = new BatchedHashWriter(_votes.GetDatabase(), "micro:poll:{s004.p1}:3");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _votes.DisposeAsync();
        await _separate.DisposeAsync();
        _garnet.Dispose();
        _data.Dispose();
    }

    [IterationSetup]
    public void QueueAwards()
    {
        var first = Interlocked.Add(ref _next, AwardsAhead) - AwardsAhead;
        _awards = AwardsAhead == 0
            ? Task.CompletedTask
            : _leaderboard.AwardAsync([.. Enumerable.Range(0, AwardsAhead).Select(i =>
                new PointsAward($"p{(first + i) % 50_000:D8}", "Participant", PointsKind.Voted, 1))]);
    }

    [IterationCleanup]
    public void DrainAwards() => _awards.GetAwaiter().GetResult();

    [Benchmark]
    public Task VoteWrite() => _writer.WriteAsync("v" + Interlocked.Increment(ref _next), """{"ballot":{"options":[1]},"where":"Remote"}""");
}
