using WsisConnect.Testing;

namespace WsisConnect.Grains.Tests.Infrastructure;

/// <summary>
/// The cluster on a redis-server of its own that tests may pause (SIGSTOP) and resume, with client timeouts of one
/// second so that a pause of a few seconds outlasts them, as a 12 s pause outlasts the default five.
/// </summary>
public sealed class PausableRedisClusterFixture : ClusterFixture
{
    /// <summary>The store's own client timeout, in milliseconds.</summary>
    public const int StoreTimeoutMilliseconds = 1000;

    public RedisServerProcess Redis { get; private set; } = null!;

    /// <summary>The store's connection string, with the short timeouts.</summary>
    public string ConnectionString { get; private set; } = "";

    protected override async Task<string> StartStoreAsync()
    {
        Redis = await RedisServerProcess.StartAsync();
        ConnectionString = $"{Redis.ConnectionString},syncTimeout={StoreTimeoutMilliseconds},asyncTimeout={StoreTimeoutMilliseconds}";
        return ConnectionString;
    }

    protected override async Task StopStoreAsync()
    {
        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }
    }
}
