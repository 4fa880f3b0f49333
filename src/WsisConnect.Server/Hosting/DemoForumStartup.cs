using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Server.Demo;

namespace WsisConnect.Server.Hosting;

/// <summary>
/// Loads the demo forum into an empty store. Registered after the silo, so it runs once the silo is up and before
/// the web server listens: the first request already sees the whole agenda.
/// </summary>
public sealed class DemoForumStartup(IOptions<DemoOptions> options, DemoForumLoader loader, ILogger<DemoForumStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Enabled)
        {
            // A store timeout while thousands of first writes queue up is transient, and the load is idempotent.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await loader.LoadIfEmptyAsync(cancellationToken);
                    break;
                }
                catch (Exception ex) when (attempt < 3 && ex is TimeoutException or RedisException or OrleansException)
                {
                    StartupLog.DemoLoadRetry(logger, ex, attempt);
                }
            }
            foreach (var featured in DemoForum.FeaturedCodes)
            {
                StartupLog.DemoCode(logger, featured.Role, featured.Code, featured.Name);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
