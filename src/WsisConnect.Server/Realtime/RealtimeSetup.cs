using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Grains.Realtime;
using WsisConnect.Server.Hosting;
using WsisConnect.Server.Monitoring;
using WsisConnect.Server.Operations;
using WsisConnect.Storage;

namespace WsisConnect.Server.Realtime;

/// <summary>SignalR with the Redis backplane, and the bridge grains push through.</summary>
public static class RealtimeSetup
{
    /// <summary>The log category of SignalR's hub dispatcher (DefaultHubDispatcher&lt;THub&gt;).</summary>
    public const string HubDispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    /// <summary>Adds SignalR on the forum's store; the channel prefix keeps deployments sharing a Redis apart.</summary>
    public static WebApplicationBuilder AddWsisRealtime(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PersonConnections>();
        builder.Services.AddSingleton<PersonalPushChannel>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PersonalPushChannel>());
        builder.Services.AddSingleton<RecentOperations>();
        builder.Services.AddSingleton<RevokedCallerHubFilter>();
        builder.Services.AddOptions<LiveLoadOptions>().BindConfiguration("Realtime")
            .Validate(o => o.MaxCallsInFlight > 0, "Realtime:MaxCallsInFlight must be positive.")
            .Validate(o => o.CallDeadline > TimeSpan.Zero, "Realtime:CallDeadline must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<CallDeadlines>();
        builder.Services.AddSingleton<OverloadHubFilter>();
        builder.Services.AddSingleton<LiveMetrics>();
        builder.Services.AddSingleton<ConnectionMetricsHubFilter>();
        builder.Services.AddSingleton<NodeConnections>();
        builder.Services.AddHostedService<NodePulseReporter>();
        builder.Services.AddSignalR(o =>
            {
                o.AddFilter<ConnectionMetricsHubFilter>();
                o.AddFilter<RevokedCallerHubFilter>();
                o.AddFilter<ForumErrorHubFilter>();
                o.AddFilter<OverloadHubFilter>();
                o.AddFilter<OperationHubFilter>();
                o.EnableDetailedErrors = false;
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .AddStackExchangeRedis();
        // The JSON protocol, wrapped so that calls whose arguments do not bind get a code too.
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol>(sp => new CodedHubProtocol(
            new JsonHubProtocol(sp.GetRequiredService<IOptions<JsonHubProtocolOptions>>()), sp.GetRequiredService<ILogger<CodedHubProtocol>>()));
        // SignalR logs every exception a hub method throws as an error with its stack trace, refusals included, so a
        // client could fill the log at will. ForumErrorHubFilter sees each of them first and logs it at its own
        // level (refusals at Information, faults as errors), so the dispatcher's copy is dropped.
        builder.Logging.AddFilter(HubDispatcherCategory, LogLevel.Critical);
        builder.Services.AddOptions<RedisOptions>().Configure<ForumStore, IOptions<WsisClusterOptions>>((o, store, cluster) =>
        {
            o.Configuration = ConfigurationOptions.Parse(store.ConnectionString);
            o.Configuration.ChannelPrefix = RedisChannel.Literal($"{cluster.Value.ServiceId}:signalr");
        });
        builder.Services.AddSingleton<ILiveBroadcaster, HubBroadcaster>();
        return builder;
    }
}
