using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace WsisConnect.Server.Health;

/// <summary>Ready only while the store answers a PING.</summary>
public sealed class StoreHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            return HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:0.0} ms");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The store does not answer.", ex);
        }
    }
}
