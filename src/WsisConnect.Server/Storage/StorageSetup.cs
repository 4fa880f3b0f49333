using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Grains.Leaderboard;
using WsisConnect.Storage;

namespace WsisConnect.Server.Storage;

/// <summary>The store singleton and the one multiplexer the node's own code shares.</summary>
public static class StorageSetup
{
    /// <summary>Adds <see cref="ForumStore"/>, the <see cref="IConnectionMultiplexer"/> the node shares, and the leaderboard's own.</summary>
    public static WebApplicationBuilder AddWsisStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration("Storage")
            .Validate(o => o.EmbeddedPort is > 0 and < 65536, "Storage:EmbeddedPort must be a TCP port.")
            .Validate(o => o.CompactionSegments >= 2, "Storage:CompactionSegments must be at least 2.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => ForumStore.Open(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
            sp.GetRequiredService<ILoggerFactory>()));
        builder.Services.AddSingleton<IConnectionMultiplexer>(sp =>
            ConnectionMultiplexer.Connect(sp.GetRequiredService<ForumStore>().ConnectionString));
        // Awards are off the hot path and retried under their batch id: waiting longer for a store busy with votes
        // costs nothing, and a timeout no longer drops points (the default 5 s did, under a 10,000-voter poll).
        builder.Services.AddKeyedSingleton<IConnectionMultiplexer>(LeaderboardStore.ConnectionKey, (sp, _) =>
        {
            var configuration = ConfigurationOptions.Parse(sp.GetRequiredService<ForumStore>().ConnectionString);
            configuration.AsyncTimeout = configuration.SyncTimeout = (int)LeaderboardStore.CommandTimeout.TotalMilliseconds;
            return ConnectionMultiplexer.Connect(configuration);
        });
        return builder;
    }
}
