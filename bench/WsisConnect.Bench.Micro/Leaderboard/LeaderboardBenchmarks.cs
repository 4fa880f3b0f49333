using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Bench.Micro.Infrastructure;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Leaderboard;
using WsisConnect.Grains.Leaderboard;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Bench.Micro.Leaderboard;

/// <summary>
/// The leaderboard update: awards applied to the store by <see cref="LeaderboardStore.AwardAsync"/> (one Lua script
/// per award, a batch per round trip, as the points feed sends them every 200 ms), and the read the leaderboard
/// grain makes (top 10 and the caller's standing). Awards rotate over 50,000 people and every kind of points, so
/// most take the increment path and some the hourly-cap path, as at a busy forum.
/// </summary>
public class LeaderboardBenchmarks
{
    private const int People = 50_000;
    private static readonly PointsKind[] Kinds = Enum.GetValues<PointsKind>();

    private BenchCluster _cluster = null!;
    private ConnectionMultiplexer _redis = null!;
    private LeaderboardStore _store = null!;
    private ILeaderboardGrain _grain = null!;
    private long _awards;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _cluster = await BenchCluster.StartAsync();
        _redis = await ConnectionMultiplexer.ConnectAsync(_cluster.ConnectionString);
        _store = new LeaderboardStore(_redis, Options.Create(new StoreOptions { KeyPrefix = _cluster.ServiceId }), TimeProvider.System);
        _grain = _cluster.Cluster.Silos[0].ServiceProvider.GetRequiredService<IGrainFactory>().GetGrain<ILeaderboardGrain>(ForumKeys.Forum);
        // A leaderboard with people on it before anything is measured.
        for (var i = 0; i < People; i += 1_000)
        {
            await _store.AwardAsync([.. Enumerable.Range(0, 1_000).Select(_ => NextAward())]);
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _redis.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    [Benchmark]
    public Task AwardOne() => _store.AwardAsync([NextAward()]);

    [Benchmark(OperationsPerInvoke = 500)]
    public Task AwardBatchOf500() => _store.AwardAsync([.. Enumerable.Range(0, 500).Select(_ => NextAward())]);

    [Benchmark]
    public Task<LeaderboardEntry[]> ReadTop10() => _store.GetTopAsync(10);

    [Benchmark]
    public Task<LeaderboardView> GrainTop10AndStanding() =>
        _grain.GetAsync(new Caller("p00012345", "Participant", ForumRoles.Attendee, Participation.Remote));

    private PointsAward NextAward()
    {
        var n = Interlocked.Increment(ref _awards);
        var person = $"p{n % People:D8}";
        var kind = Kinds[(int)(n / People % Kinds.Length)];
        return new PointsAward(person, "Participant " + person, kind, PointsRules.Points(kind));
    }
}
