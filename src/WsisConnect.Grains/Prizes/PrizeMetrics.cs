using System.Diagnostics.Metrics;
using WsisConnect.Grains.Telemetry;

namespace WsisConnect.Grains.Prizes;

/// <summary>WSIS Prizes votes as they are stored.</summary>
public sealed class PrizeMetrics(IMeterFactory meters)
{
    private readonly Counter<long> _votes = meters.Create(ForumMeter.Name)
        .CreateCounter<long>("wsisconnect.prizes.votes", "{vote}", "Prize votes stored (a retried one does not count again).");

    /// <summary>Counts one stored vote.</summary>
    public void Voted() => _votes.Add(1);
}
