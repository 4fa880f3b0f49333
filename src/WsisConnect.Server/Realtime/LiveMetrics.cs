using System.Diagnostics.Metrics;
using WsisConnect.Contracts.Identity;
using WsisConnect.Grains.Telemetry;

namespace WsisConnect.Server.Realtime;

/// <summary>Live connections of this node by role and participation, and the pushes grains hand to SignalR here.</summary>
public sealed class LiveMetrics
{
    private readonly UpDownCounter<long> _connections;
    private readonly Counter<long> _pushes;
    private readonly Histogram<int> _fanOut;

    public LiveMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(ForumMeter.Name);
        _connections = meter.CreateUpDownCounter<long>("wsisconnect.live.connections", "{connection}",
            "Live hub connections open on this node, by the person's highest role and where they take part.");
        _pushes = meter.CreateCounter<long>("wsisconnect.live.pushes", "{push}", "Pushes handed to SignalR (one per message, whatever its audience), by kind.");
        _fanOut = meter.CreateHistogram("wsisconnect.live.push.fanout", "{group}",
            "SignalR groups one push is addressed to (the backplane then copies it to each member on every node; all connections count as one).",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 3, 5, 10] });
    }

    /// <summary>Counts a connection opened (<paramref name="delta"/> 1) or closed (-1).</summary>
    public void Connection(Caller caller, int delta) =>
        _connections.Add(delta, new KeyValuePair<string, object?>("role", RoleOf(caller.Roles)),
            new KeyValuePair<string, object?>("participation", caller.Participation == Participation.Remote ? "remote" : "on_site"));

    /// <summary>Counts one push of <paramref name="kind"/> addressed to <paramref name="groups"/> groups.</summary>
    public void Pushed(string kind, int groups = 1)
    {
        var tag = new KeyValuePair<string, object?>("kind", kind);
        _pushes.Add(1, tag);
        _fanOut.Record(groups, tag);
    }

    /// <summary>The role a connection is counted under: the strongest it holds, from a short fixed list (low cardinality).</summary>
    private static string RoleOf(ForumRoles roles) =>
        roles.HasFlag(ForumRoles.Organiser) ? "organiser"
        : roles.HasFlag(ForumRoles.RegistrationStaff) ? "registration_staff"
        : roles.HasFlag(ForumRoles.Moderator) ? "moderator"
        : roles.HasFlag(ForumRoles.Speaker) ? "speaker"
        : "attendee";
}
