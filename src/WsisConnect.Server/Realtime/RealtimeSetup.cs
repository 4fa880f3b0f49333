using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Grains.Realtime;
using WsisConnect.Server.Hosting;
using WsisConnect.Server.Storage;

namespace WsisConnect.Server.Realtime;

/// <summary>SignalR with the Redis backplane, and the bridge grains push through.</summary>
public static class RealtimeSetup
{
    /// <summary>Adds SignalR on the forum's store; the channel prefix keeps deployments sharing a Redis apart.</summary>
    public static WebApplicationBuilder AddWsisRealtime(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PersonConnections>();
        builder.Services.AddSingleton<RevokedCallerHubFilter>();
        builder.Services.AddSignalR(o =>
            {
                o.AddFilter<RevokedCallerHubFilter>();
                o.AddFilter<ForumErrorHubFilter>();
                o.EnableDetailedErrors = false;
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .AddStackExchangeRedis();
        builder.Services.AddOptions<RedisOptions>().Configure<ForumStore, IOptions<WsisClusterOptions>>((o, store, cluster) =>
        {
            o.Configuration = ConfigurationOptions.Parse(store.ConnectionString);
            o.Configuration.ChannelPrefix = RedisChannel.Literal($"{cluster.Value.ServiceId}:signalr");
        });
        builder.Services.AddSingleton<ILiveBroadcaster, HubBroadcaster>();
        return builder;
    }
}
