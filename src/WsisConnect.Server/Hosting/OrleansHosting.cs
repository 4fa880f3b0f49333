using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Orleans.Clustering.Redis;
using Orleans.Configuration;
using StackExchange.Redis;
using WsisConnect.Grains;
using WsisConnect.Grains.Storage;
using WsisConnect.Server.Storage;

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
        builder.Services.AddOptions<WsisClusterOptions>().BindConfiguration("Orleans");
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
