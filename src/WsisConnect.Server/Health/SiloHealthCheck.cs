using Microsoft.Extensions.Diagnostics.HealthChecks;
using WsisConnect.Contracts.Forum;
using WsisConnect.Grains.Abstractions.Forum;

namespace WsisConnect.Server.Health;

/// <summary>Ready only while a grain call round-trips through the silo (and so through grain storage).</summary>
public sealed class SiloHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<IForumGrain>(ForumKeys.Forum).GetSettingsAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The silo does not answer.", ex);
        }
    }
}
