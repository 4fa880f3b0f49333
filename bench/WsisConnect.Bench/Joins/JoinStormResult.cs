using WsisConnect.Bench.Measurement;

namespace WsisConnect.Bench.Joins;

/// <summary>One join storm against one server.</summary>
/// <param name="Arrivals">Connections started, at a fixed rate (open loop: each at its scheduled moment, whatever the others are doing).</param>
/// <param name="Seconds">The window they arrive over.</param>
/// <param name="Joined">Connections that connected and joined the session with its snapshot.</param>
/// <param name="JoinTime">From each connection's scheduled arrival until it had joined with the snapshot (scheduled, not sent: a late start counts).</param>
/// <param name="ConnectTime">From the scheduled arrival until the connection was open (upgrade, authentication, OnConnected).</param>
/// <param name="JoinCallTime">The JoinSession call alone, from the open connection to the applied snapshot.</param>
/// <param name="StartLag">How late the tool started connections against their schedule (its own saturation).</param>
/// <param name="Errors">Connections that did not join, by error.</param>
/// <param name="Cpu">CPU over the storm, until the last connection joined or failed.</param>
public sealed record JoinStormResult(
    string Server, string Description, int Arrivals, double Seconds, int Joined, LatencySummary JoinTime, LatencySummary ConnectTime, LatencySummary JoinCallTime, LatencySummary StartLag,
    IReadOnlyDictionary<string, int> Errors, CpuUse Cpu, double? RssBeforeMiB, double? RssAfterMiB)
{
    /// <summary>Joined / arrivals, in percent.</summary>
    public double JoinedPercent => Arrivals == 0 ? 0 : Math.Round(100.0 * Joined / Arrivals, 2);
}
