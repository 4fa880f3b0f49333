using System.Diagnostics.Metrics;
using WsisConnect.Grains.Monitoring;
using WsisConnect.Grains.Telemetry;

namespace WsisConnect.Grains.Polls;

/// <summary>Poll votes as they are stored.</summary>
public sealed class PollMetrics(IMeterFactory meters, SessionActivity activity)
{
    private readonly Counter<long> _votes = meters.Create(ForumMeter.Name)
        .CreateCounter<long>("wsisconnect.polls.votes", "{vote}", "Poll ballots stored (a changed ballot counts again; a retried one does not).");

    /// <summary>Counts one stored ballot in a poll of <paramref name="sessionId"/>.</summary>
    public void Voted(string sessionId)
    {
        _votes.Add(1);
        activity.Voted(sessionId);
    }
}
