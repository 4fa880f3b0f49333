using WsisConnect.Testing;

namespace WsisConnect.Grains.Tests.Infrastructure;

/// <summary>The cluster on a real redis-server process, as production runs.</summary>
public sealed class RedisClusterFixture : ClusterFixture
{
    private RedisServerProcess? _redis;

    protected override async Task<string> StartStoreAsync()
    {
        _redis = await RedisServerProcess.StartAsync();
        return _redis.ConnectionString;
    }

    protected override async Task StopStoreAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }
}
