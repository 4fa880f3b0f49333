using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Contracts.Monitoring;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Leaderboard;
using WsisConnect.Grains.Abstractions.Monitoring;
using WsisConnect.Grains.Abstractions.Presence;
using WsisConnect.Grains.Realtime;

namespace WsisConnect.Grains.Monitoring;

/// <summary>
/// One per cluster. Nodes report each second; while any node has a watcher, a timer computes one pulse a second and
/// pushes it to the watchers' group, so the dashboard's cost does not grow with the number of people watching it:
/// one pulse, a few grain reads (the agenda, presence of the live sessions, the leaderboard), one group push.
/// </summary>
public sealed partial class MonitoringGrain(ILiveBroadcaster broadcaster, TimeProvider time, ILogger<MonitoringGrain> logger) : Grain, IMonitoringGrain
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan NodeGone = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ActivityWindow = TimeSpan.FromMinutes(1);
    private const int MaxLiveSessions = 50;
    private const int BusiestCount = 5;
    private static readonly Caller Operations = new("operations", "Operations", ForumRoles.Organiser, Participation.OnSite);

    private readonly Dictionary<string, (NodeReport Report, DateTimeOffset At)> _nodes = new(StringComparer.Ordinal);
    private readonly Queue<(DateTimeOffset At, SessionActivityCount[] Activity)> _activity = new();
    private ForumPulse? _last;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(PushAsync, new GrainTimerCreationOptions(Tick, Tick) { KeepAlive = true });
        return Task.CompletedTask;
    }

    public Task ReportAsync(NodeReport report)
    {
        var now = time.GetUtcNow();
        _nodes[report.Health.Node] = (report, now);
        if (report.Activity.Length > 0)
        {
            _activity.Enqueue((now, report.Activity));
        }
        return Task.CompletedTask;
    }

    public async Task<ForumPulse> GetAsync() =>
        _last is { } last && time.GetUtcNow() - last.At < Tick ? last : await ComputeAsync();

    private async Task PushAsync(CancellationToken cancellationToken)
    {
        Forget(time.GetUtcNow());
        if (_nodes.Values.Sum(n => n.Report.Watchers) == 0)
        {
            return;
        }
        try
        {
            await broadcaster.OperationsPulseAsync(await GetAsync());
        }
        catch (Exception ex)
        {
            // The next tick tries again; a dashboard missing one second is no fault worth more.
            LogPulseFailed(logger, ex);
        }
    }

    private async Task<ForumPulse> ComputeAsync()
    {
        var now = time.GetUtcNow();
        Forget(now);
        var reports = _nodes.Values.Select(n => n.Report).ToList();
        var activity = _activity.SelectMany(a => a.Activity).GroupBy(a => a.SessionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Questions: g.Sum(a => a.Questions), Votes: g.Sum(a => a.Votes)), StringComparer.Ordinal);

        var sessions = await GrainFactory.GetGrain<IAgendaGrain>(ForumKeys.Forum).GetSessionsAsync();
        var live = sessions.Where(s => s.Status == SessionStatus.Live).Take(MaxLiveSessions).ToList();
        var presence = await Task.WhenAll(live.Select(s => GrainFactory.GetGrain<ISessionPresenceGrain>(s.Id).GetAsync(Operations)));
        var liveSessions = live.Zip(presence, (s, p) => Pulse(s, p.OnSite, p.Remote, activity)).ToArray();
        var byId = sessions.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var busiest = activity.OrderByDescending(a => a.Value.Questions + a.Value.Votes).ThenBy(a => a.Key, StringComparer.Ordinal)
            .Where(a => byId.ContainsKey(a.Key)).Take(BusiestCount)
            .Select(a => liveSessions.FirstOrDefault(l => l.SessionId == a.Key) ?? Pulse(byId[a.Key], 0, 0, activity)).ToArray();
        var top = (await GrainFactory.GetGrain<ILeaderboardGrain>(ForumKeys.Forum).GetAsync(Operations)).Top.Top;

        _last = new ForumPulse(now,
            reports.Sum(r => r.OnSite),
            reports.Sum(r => r.Remote),
            [.. reports.SelectMany(r => r.Countries).GroupBy(c => c.Country, StringComparer.Ordinal)
                .Select(g => new CountryConnections(g.Key, g.Sum(c => c.Connections))).OrderByDescending(c => c.Connections).ThenBy(c => c.Country, StringComparer.Ordinal)],
            liveSessions,
            busiest,
            top,
            [.. reports.Select(r => r.Health).OrderBy(h => h.Node, StringComparer.Ordinal)],
            reports.Count > 0 && reports.All(r => r.Health.StoreMilliseconds >= 0),
            activity.Values.Sum(a => a.Questions),
            activity.Values.Sum(a => a.Votes));
        return _last;
    }

    private static SessionPulse Pulse(SessionDetails session, int onSite, int remote, Dictionary<string, (int Questions, int Votes)> activity)
    {
        var counted = activity.GetValueOrDefault(session.Id);
        return new SessionPulse(session.Id, session.Title, session.Room, onSite, remote, counted.Questions, counted.Votes);
    }

    /// <summary>Drops nodes that stopped reporting and activity older than the window.</summary>
    private void Forget(DateTimeOffset now)
    {
        foreach (var gone in _nodes.Where(n => now - n.Value.At > NodeGone).Select(n => n.Key).ToList())
        {
            _nodes.Remove(gone);
        }
        while (_activity.TryPeek(out var oldest) && now - oldest.At > ActivityWindow)
        {
            _activity.Dequeue();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing the operations pulse failed")]
    private static partial void LogPulseFailed(ILogger logger, Exception exception);
}
