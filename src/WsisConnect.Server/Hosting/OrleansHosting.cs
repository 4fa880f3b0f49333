using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Orleans.Clustering.Redis;
using Orleans.Configuration;
using StackExchange.Redis;
using WsisConnect.Grains;
using WsisConnect.Grains.Storage;
using WsisConnect.Storage;

namespace WsisConnect.Server.Hosting;

/// <summary>Co-hosts the Orleans silo with the web server, on the forum's store.</summary>
public static class OrleansHosting
{
    /// <summary>
    /// Adds the silo: Redis clustering and grain storage on the <see cref="ForumStore"/>, and the forum's grains.
    /// Everything is configured from the container so the store is opened once, when the silo starts.
    /// </summary>
    public static WebApplicationBuilder AddWsisOrleans(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WsisClusterOptions>().BindConfiguration("Orleans")
            .Validate(o => o.ProbeTimeout > TimeSpan.Zero && o.ResponseTimeout > TimeSpan.Zero && o.MissedProbesLimit > 0 && o.DeathVotes > 0,
                "Orleans:ProbeTimeout, ResponseTimeout, MissedProbesLimit and DeathVotes must be positive.")
            .ValidateOnStart();
        builder.UseOrleans(silo =>
        {
            silo.UseRedisClustering(_ => { });
            silo.UseWsisGrainStorage(services => services.GetRequiredService<ForumStore>().ConnectionString);
            silo.AddWsisGrains();
        });
        var services = builder.Services;
        services.AddOptions<ClusterOptions>().Configure<IOptions<WsisClusterOptions>>((o, c) =>
        {
            o.ClusterId = c.Value.ClusterId;
            o.ServiceId = c.Value.ServiceId;
        });
        services.AddOptions<EndpointOptions>().Configure<IOptions<WsisClusterOptions>, IOptions<StorageOptions>>((o, c, s) =>
        {
            var advertised = ResolveAdvertisedAddress(c.Value, embedded: string.IsNullOrWhiteSpace(s.Value.Redis));
            o.AdvertisedIPAddress = advertised;
            o.SiloPort = c.Value.SiloPort;
            o.GatewayPort = c.Value.GatewayPort;
            var listen = IPAddress.IsLoopback(advertised) ? advertised : IPAddress.Any;
            o.SiloListeningEndpoint = new IPEndPoint(listen, c.Value.SiloPort);
            o.GatewayListeningEndpoint = new IPEndPoint(listen, c.Value.GatewayPort);
        });
        // How fast a dead node is noticed: while it is not declared dead, calls to grains that lived on it fail or
        // wait, and its clients' reconnects may wait on them too. Values measured with bench/WsisConnect.Bench.Cluster.
        services.AddOptions<ClusterMembershipOptions>().Configure<IOptions<WsisClusterOptions>>((o, c) =>
        {
            o.ProbeTimeout = c.Value.ProbeTimeout;
            o.NumMissedProbesLimit = c.Value.MissedProbesLimit;
            o.NumVotesForDeathDeclaration = c.Value.DeathVotes;
        });
        services.AddOptions<SiloMessagingOptions>().Configure<IOptions<WsisClusterOptions>>((o, c) => o.ResponseTimeout = c.Value.ResponseTimeout);
        // Our own keys share the deployment's namespace with Orleans' (which prefixes with the service id).
        services.AddOptions<StoreOptions>().Configure<IOptions<WsisClusterOptions>>((o, c) => o.KeyPrefix = c.Value.ServiceId);
        services.AddOptions<RedisClusteringOptions>().Configure<ForumStore>((o, store) =>
            o.ConfigurationOptions = ConfigurationOptions.Parse(store.ConnectionString));
        return builder;
    }

    private static IPAddress ResolveAdvertisedAddress(WsisClusterOptions cluster, bool embedded)
    {
        if (!string.IsNullOrWhiteSpace(cluster.AdvertisedIP))
        {
            return IPAddress.Parse(cluster.AdvertisedIP);
        }
        if (embedded)
        {
            return IPAddress.Loopback;
        }
        return NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            ?? IPAddress.Loopback;
    }
}
