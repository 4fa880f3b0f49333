using Microsoft.Extensions.Options;
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
            await loader.LoadIfEmptyAsync(cancellationToken);
            foreach (var featured in DemoForum.FeaturedCodes)
            {
                StartupLog.DemoCode(logger, featured.Role, featured.Code, featured.Name);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
