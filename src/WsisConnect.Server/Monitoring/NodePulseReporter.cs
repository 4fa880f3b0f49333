using System.Diagnostics;
using StackExchange.Redis;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Monitoring;
using WsisConnect.Grains.Monitoring;
using WsisConnect.Server.Realtime;

namespace WsisConnect.Server.Monitoring;

/// <summary>
/// Tells the monitoring grain, once a second, what this node holds: its connections, watchers, hub calls in flight,
/// its round trip to the store and the questions and votes its grains stored. One grain call a second per node,
/// watched or not, so the grain knows when someone watches.
/// </summary>
public sealed partial class NodePulseReporter(
    IGrainFactory grains,
    ILocalSiloDetails silo,
    IConnectionMultiplexer store,
    NodeConnections connections,
    OverloadHubFilter load,
    SessionActivity activity,
    TimeProvider time,
    ILogger<NodePulseReporter> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await grains.GetGrain<IMonitoringGrain>(ForumKeys.Forum).ReportAsync(await ReportAsync());
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // While the silo starts or the store is away; the next second reports again, and the store's own
                // faults are logged where they happen.
                LogReportFailed(logger, ex.GetType().Name, ex.Message);
            }
        }
    }

    private async Task<NodeReport> ReportAsync()
    {
        var storeMilliseconds = -1d;
        try
        {
            var started = Stopwatch.GetTimestamp();
            await store.GetDatabase().PingAsync().WaitAsync(Interval);
            storeMilliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // Reported as unhealthy: -1.
        }
        var onSite = connections.OnSite;
        var remote = connections.Remote;
        return new NodeReport(
            new NodePulse(silo.SiloAddress.ToString(), onSite + remote, load.InFlight, storeMilliseconds, time.GetUtcNow()),
            onSite,
            remote,
            [.. connections.Countries.Select(c => new CountryConnections(c.Key, c.Value))],
            connections.Watchers,
            activity.Drain());
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "This node's operations report was not delivered: {Error}: {Reason}")]
    private static partial void LogReportFailed(ILogger logger, string error, string reason);
}
