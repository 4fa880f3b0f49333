namespace WsisConnect.Testing;

/// <summary>
/// A production-shaped cluster on loopback: a password-protected redis-server, N server processes sharing it (one
/// Orleans cluster, one SignalR backplane) and a <see cref="RoundRobinProxy"/> in front, so clients fail over the way
/// they would behind nginx. Nodes keep their ports across a kill and restart.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private readonly TempDirectory _data;

    private LocalCluster(TempDirectory data, RedisServerProcess redis, IReadOnlyList<ServerProcess> nodes, RoundRobinProxy proxy)
    {
        _data = data;
        Redis = redis;
        Nodes = nodes;
        Proxy = proxy;
    }

    /// <summary>The shared store.</summary>
    public RedisServerProcess Redis { get; }

    /// <summary>The server nodes, in start order; the first loaded the demo when asked to.</summary>
    public IReadOnlyList<ServerProcess> Nodes { get; }

    /// <summary>The load balancer clients use.</summary>
    public RoundRobinProxy Proxy { get; }

    /// <summary>Where clients reach the cluster.</summary>
    public Uri BaseAddress => Proxy.BaseAddress;

    /// <summary>
    /// Starts redis-server with a password, then <paramref name="nodeCount"/> nodes one after another (the first
    /// loads the demo when <paramref name="demo"/>), then the proxy. <paramref name="environment"/> goes to every node.
    /// </summary>
    public static async Task<LocalCluster> StartAsync(
        int nodeCount, bool demo, IReadOnlyDictionary<string, string?>? environment = null, CancellationToken cancellationToken = default)
    {
        var redis = await RedisServerProcess.StartAsync("cluster-" + Guid.NewGuid().ToString("N"), cancellationToken);
        var nodes = new List<ServerProcess>();
        var data = new TempDirectory("wsis-cluster-");
        try
        {
            var options = new ServerProcessOptions
            {
                DataDirectory = data.Path,
                Redis = redis.ConnectionString,
                ServiceId = "cluster-" + Guid.NewGuid().ToString("N")[..8],
                DemoEnabled = demo,
                Environment = new Dictionary<string, string?>(environment ?? new Dictionary<string, string?>())
                {
                    ["Auth__AttemptsPerMinute"] = "1000000",
                },
            };
            for (var i = 0; i < nodeCount; i++)
            {
                nodes.Add(await ServerProcess.StartAsync(options, TimeSpan.FromSeconds(180), cancellationToken));
            }
            return new LocalCluster(data, redis, nodes, RoundRobinProxy.Start([.. nodes.Select(n => n.HttpPort)]));
        }
        catch
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
            await redis.DisposeAsync();
            data.Dispose();
            throw;
        }
    }

    /// <summary>Stops the proxy, the nodes and the store.</summary>
    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        foreach (var node in Nodes.Reverse())
        {
            await node.DisposeAsync();
        }
        await Redis.DisposeAsync();
        _data.Dispose();
    }
}
