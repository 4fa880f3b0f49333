using System.Diagnostics.Metrics;
using WsisConnect.Grains.Telemetry;

namespace WsisConnect.Grains.Leaderboard;

/// <summary>The points queue of this node: awards waiting for the next batch, and awards dropped when it was full.</summary>
public sealed class LeaderboardMetrics(IMeterFactory meters)
{
    private readonly Meter _meter = meters.Create(ForumMeter.Name);
    private readonly Counter<long> _dropped = meters.Create(ForumMeter.Name)
        .CreateCounter<long>("wsisconnect.points.dropped", "{award}", "Awards dropped: the queue was full, or the store refused their batch after retries.");

    /// <summary>Reports the queue's depth, read from <paramref name="depth"/> at each collection only.</summary>
    public void ObserveQueue(Func<int> depth) =>
        _meter.CreateObservableGauge("wsisconnect.points.queue", depth, "{award}", "Leaderboard awards queued on this node, not yet stored.");

    /// <summary>Counts awards that will never be stored.</summary>
    public void Dropped(int awards) => _dropped.Add(awards);
}
