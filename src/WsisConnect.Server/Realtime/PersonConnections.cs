using Microsoft.AspNetCore.SignalR;
using WsisConnect.Server.Auth;

namespace WsisConnect.Server.Realtime;

/// <summary>
/// The live-hub connections open on this node, per person, with when each one's token was issued: what a
/// revocation must close, and where a personal push is delivered (<see cref="PersonalPushChannel"/>). A connection lives on one node by nature; every node hears every revocation
/// (<see cref="TokenRevocations.Revoked"/>) and closes its own.
/// </summary>
public sealed partial class PersonConnections
{
    private readonly Dictionary<string, List<(HubCallerContext Connection, long IssuedAt)>> _byPerson = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly ILogger<PersonConnections> _logger;

    /// <summary>Starts closing the connections of everyone <paramref name="revocations"/> revokes.</summary>
    public PersonConnections(TokenRevocations revocations, ILogger<PersonConnections> logger)
    {
        _logger = logger;
        revocations.Revoked += CloseIssuedBefore;
    }

    /// <summary>Tracks a connection of <paramref name="attendeeId"/> whose token was issued at <paramref name="issuedAt"/> (Unix seconds).</summary>
    public void Add(string attendeeId, HubCallerContext connection, long issuedAt)
    {
        lock (_gate)
        {
            if (!_byPerson.TryGetValue(attendeeId, out var open))
            {
                _byPerson[attendeeId] = open = [];
            }
            open.Add((connection, issuedAt));
        }
    }

    /// <summary>Stops tracking a connection that ended.</summary>
    public void Remove(string attendeeId, string connectionId)
    {
        lock (_gate)
        {
            if (_byPerson.TryGetValue(attendeeId, out var open))
            {
                open.RemoveAll(c => c.Connection.ConnectionId == connectionId);
                if (open.Count == 0)
                {
                    _byPerson.Remove(attendeeId);
                }
            }
        }
    }

    /// <summary>The ids of <paramref name="attendeeId"/>'s connections open on this node (none: an empty list).</summary>
    public IReadOnlyList<string> ConnectionIdsOf(string attendeeId)
    {
        lock (_gate)
        {
            return _byPerson.TryGetValue(attendeeId, out var open) ? [.. open.Select(c => c.Connection.ConnectionId)] : [];
        }
    }

    /// <summary>Closes the person's connections whose token was issued before <paramref name="cutoff"/> (Unix seconds).</summary>
    public void CloseIssuedBefore(string attendeeId, long cutoff)
    {
        List<HubCallerContext> closing;
        lock (_gate)
        {
            closing = _byPerson.TryGetValue(attendeeId, out var open)
                ? [.. open.Where(c => c.IssuedAt < cutoff).Select(c => c.Connection)]
                : [];
        }
        foreach (var connection in closing)
        {
            connection.Abort();
        }
        if (closing.Count > 0)
        {
            LogClosed(_logger, closing.Count, attendeeId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} live connection(s) of {AttendeeId}: their sign-in was revoked")]
    private static partial void LogClosed(ILogger logger, int count, string attendeeId);
}
