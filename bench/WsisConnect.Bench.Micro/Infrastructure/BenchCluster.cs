using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using StackExchange.Redis;
using WsisConnect.Grains;
using WsisConnect.Grains.Realtime;
using WsisConnect.Grains.Storage;
using WsisConnect.Storage;
using WsisConnect.Testing;

namespace WsisConnect.Bench.Micro.Infrastructure;

/// <summary>
/// One in-process silo on the embedded Garnet the server runs by default (append-only log on, acknowledged only
/// once logged), wired the way the grain tests wire it, with no SignalR behind the broadcaster.
/// </summary>
public sealed class BenchCluster : IAsyncDisposable
{
    private readonly TempDirectory _data;
    private readonly EmbeddedGarnet _garnet;

    private BenchCluster(TempDirectory data, EmbeddedGarnet garnet, InProcessTestCluster cluster, string serviceId)
    {
        _data = data;
        _garnet = garnet;
        Cluster = cluster;
        ServiceId = serviceId;
    }

    public InProcessTestCluster Cluster { get; }

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>The key prefix the grains' own store keys use.</summary>
    public string ServiceId { get; }

    public string ConnectionString => _garnet.ConnectionString;

    public static async Task<BenchCluster> StartAsync()
    {
        var data = new TempDirectory("wsis-micro-");
        var garnet = EmbeddedGarnet.Start(data.Path, FreePort.Next(), waitForCommit: true);
        var connectionString = garnet.ConnectionString;
        var serviceId = "micro-" + Guid.NewGuid().ToString("N")[..8];
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Configure<Orleans.Configuration.ClusterOptions>(o => o.ServiceId = serviceId);
            silo.UseWsisGrainStorage(_ => connectionString);
            silo.AddWsisGrains();
            silo.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(connectionString));
            silo.Services.AddKeyedSingleton<IConnectionMultiplexer>(WsisConnect.Grains.Leaderboard.LeaderboardStore.ConnectionKey, (_, _) => ConnectionMultiplexer.Connect(connectionString));
            silo.Services.AddSingleton(NoBroadcast.Create());
            silo.Services.Configure<StoreOptions>(o => o.KeyPrefix = serviceId);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new BenchCluster(data, garnet, cluster, serviceId);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        _garnet.Dispose();
        _data.Dispose();
    }
}
