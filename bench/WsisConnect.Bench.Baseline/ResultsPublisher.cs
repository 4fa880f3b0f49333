using Microsoft.AspNetCore.SignalR;

namespace WsisConnect.Bench.Baseline;

/// <summary>Sends each poll's counts to its session at most four times a second, and only when they moved.</summary>
public sealed class ResultsPublisher(PollBook polls, IHubContext<BaselineHub> hub) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var published = new Dictionary<string, long>(StringComparer.Ordinal);
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var poll in polls.All)
            {
                var version = poll.Version;
                if (version == published.GetValueOrDefault(poll.Id))
                {
                    continue;
                }
                var results = poll.Results();
                published[poll.Id] = results.Version;
                await hub.Clients.Group(BaselineHub.SessionGroup(poll.SessionId)).SendAsync("PollResultsChanged", results, stoppingToken);
            }
        }
    }
}
