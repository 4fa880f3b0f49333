using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using StackExchange.Redis;
using WsisConnect.Grains.Questions;
using WsisConnect.Grains.Realtime;
using WsisConnect.Grains.Storage;
using Xunit;

namespace WsisConnect.Grains.Tests.Infrastructure;

/// <summary>
/// An in-process Orleans cluster whose grain storage and question store are a real Redis-protocol server: the
/// embedded Garnet or Debian's redis-server, depending on the subclass.
/// </summary>
public abstract class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public RecordingBroadcaster Broadcaster { get; } = new();

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>The cluster's service id, which also prefixes every key the grains write themselves.</summary>
    public string ServiceId { get; } = "grains-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The store's connection string; started by the subclass.</summary>
    protected abstract Task<string> StartStoreAsync();

    protected abstract Task StopStoreAsync();

    public async Task InitializeAsync()
    {
        var connectionString = await StartStoreAsync();
        var serviceId = ServiceId;
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Configure<Orleans.Configuration.ClusterOptions>(o => o.ServiceId = serviceId);
            silo.UseWsisGrainStorage(_ => connectionString);
            silo.AddWsisGrains();
            silo.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(connectionString));
            silo.Services.AddKeyedSingleton<IConnectionMultiplexer>(WsisConnect.Grains.Leaderboard.LeaderboardStore.ConnectionKey, (_, _) => ConnectionMultiplexer.Connect(connectionString));
            silo.Services.AddSingleton<ILiveBroadcaster>(Broadcaster);
            silo.Services.Configure<StoreOptions>(o => o.KeyPrefix = serviceId);
            silo.Services.Configure<QuestionQueueOptions>(o =>
            {
                o.MaxPerWindow = 3;
                o.Window = TimeSpan.FromMinutes(1);
                o.PushInterval = TimeSpan.FromMilliseconds(100);
            });
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await StopStoreAsync();
    }
}
