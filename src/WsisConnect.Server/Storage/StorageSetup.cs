using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace WsisConnect.Server.Storage;

/// <summary>The store singleton and the one multiplexer the node's own code shares.</summary>
public static class StorageSetup
{
    /// <summary>Adds <see cref="ForumStore"/> and an <see cref="IConnectionMultiplexer"/> on it.</summary>
    public static WebApplicationBuilder AddWsisStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration("Storage")
            .Validate(o => o.EmbeddedPort is > 0 and < 65536, "Storage:EmbeddedPort must be a TCP port.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => ForumStore.Open(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        builder.Services.AddSingleton<IConnectionMultiplexer>(sp =>
            ConnectionMultiplexer.Connect(sp.GetRequiredService<ForumStore>().ConnectionString));
        return builder;
    }
}
