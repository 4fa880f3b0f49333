using System.Collections.Concurrent;
using System.Net.WebSockets;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace WsisConnect.Bench.Measurement;

/// <summary>
/// Every connection that was lost during a run, by who closed it and why: the server's own close reason when it sent
/// one, the client's keep-alive timeout, or the transport failing. Shared by all the run's connections.
/// </summary>
public sealed class ConnectionEvents
{
    private readonly ConcurrentDictionary<string, int> _lost = new();
    private readonly ConcurrentDictionary<string, int> _closed = new();
    private int _reconnected;

    /// <summary>Connections lost (then reconnecting), by reason.</summary>
    public IReadOnlyDictionary<string, int> Lost => new Dictionary<string, int>(_lost);

    /// <summary>Connections closed for good (automatic reconnection gave up, or the tool closed them on purpose), by reason.</summary>
    public IReadOnlyDictionary<string, int> Closed => new Dictionary<string, int>(_closed);

    /// <summary>Connections that came back after being lost.</summary>
    public int Reconnected => Volatile.Read(ref _reconnected);

    /// <summary>Connections lost in all.</summary>
    public int LostCount => _lost.Values.Sum();

    /// <summary>Follows <paramref name="connection"/>; <paramref name="who"/> prefixes its reasons ("voter", "moderator").</summary>
    public void Watch(HubConnection connection, string who)
    {
        connection.Reconnecting += e =>
        {
            _lost.AddOrUpdate($"{who}: {Describe(e)}", 1, (_, n) => n + 1);
            return Task.CompletedTask;
        };
        connection.Reconnected += _ =>
        {
            Interlocked.Increment(ref _reconnected);
            return Task.CompletedTask;
        };
        connection.Closed += e =>
        {
            // Without an error it is the tool's own StopAsync or DisposeAsync: a server's close or a failed transport
            // goes through Reconnecting first and ends here with its error only if reconnection gives up.
            if (e is not null)
            {
                _closed.AddOrUpdate($"{who}: {Describe(e)}", 1, (_, n) => n + 1);
            }
            return Task.CompletedTask;
        };
    }

    /// <summary>Records a connection the tool closed on purpose (fault injection), so it is counted like any other.</summary>
    public void ClosedByTool(string who) => _closed.AddOrUpdate($"{who}: closed by the load tool (injected)", 1, (_, n) => n + 1);

    /// <summary>Who closed a connection and why, in a few words.</summary>
    public static string Describe(Exception? e) => e switch
    {
        // The server sent a close message; SignalR puts its reason in the message.
        HubException hub => "closed by the server: " + Trim(hub.Message.Replace("The server closed the connection with the following error:", "", StringComparison.Ordinal)),
        null => "closed by the server without a reason (transport ended)",
        TimeoutException => "closed by the client: no message from the server within its server timeout",
        WebSocketException ws => $"transport failed: WebSocket {ws.WebSocketErrorCode}",
        OperationCanceledException => "closed by the client: cancelled",
        _ => $"transport failed: {e.GetType().Name}: {Trim(e.Message)}",
    };

    private static string Trim(string message)
    {
        var text = message.Trim();
        return text.Length > 120 ? text[..120] + "..." : text;
    }
}
