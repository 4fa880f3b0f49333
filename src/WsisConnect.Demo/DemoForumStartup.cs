using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Orleans;
using StackExchange.Redis;
using WsisConnect.Contracts.Forum;
using WsisConnect.Grains.Abstractions.Forum;

namespace WsisConnect.Demo;

/// <summary>
/// Loads the demo forum into an empty store when <c>Demo:Enabled</c> is set. Registered after the silo, so it runs
/// once the silo is up and before the web server listens: the first request already sees the whole agenda. The
/// featured demo codes are printed only when the demo is in the store: they are public, and sign in to a forum only there.
/// </summary>
public sealed class DemoForumStartup(
    IOptions<DemoOptions> options, DemoForumLoader loader, IGrainFactory grains, ILogger<DemoForumStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
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
                DemoStartupLog.DemoLoadRetry(logger, ex, attempt);
            }
        }
        if (await grains.GetGrain<IForumGrain>(ForumKeys.Forum).GetDemoVersionAsync() is not null)
        {
            foreach (var featured in DemoForum.FeaturedCodes)
            {
                DemoStartupLog.DemoCode(logger, featured.Role, featured.Code, featured.Name);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
