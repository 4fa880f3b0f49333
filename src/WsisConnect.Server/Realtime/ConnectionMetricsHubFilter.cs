using Microsoft.AspNetCore.SignalR;
using WsisConnect.Contracts.Identity;
using WsisConnect.Server.Auth;
using WsisConnect.Server.Monitoring;

namespace WsisConnect.Server.Realtime;

/// <summary>
/// Counts live connections up when one is established and down when it closes, under the same tags: the caller is
/// kept on the connection, so a change of role meanwhile cannot leave the gauge off by one.
/// </summary>
public sealed class ConnectionMetricsHubFilter(LiveMetrics metrics, NodeConnections connections) : IHubFilter
{
    private static readonly object CountedKey = new();

    private sealed record Counted(Caller Caller, string Country);

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);
        // Only a connection that was accepted is closed later through OnDisconnectedAsync.
        if (context.Context.User is { Identity.IsAuthenticated: true } user)
        {
            var caller = user.ToCaller();
            var counted = new Counted(caller, user.FindFirst(WsisClaims.Country)?.Value is { Length: > 0 } country ? country : "??");
            context.Context.Items[CountedKey] = counted;
            metrics.Connection(caller, 1);
            connections.Connection(caller.Participation == Participation.Remote, counted.Country, 1);
        }
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.Items.Remove(CountedKey, out var value) && value is Counted counted)
        {
            metrics.Connection(counted.Caller, -1);
            connections.Connection(counted.Caller.Participation == Participation.Remote, counted.Country, -1);
        }
        if (context.Context.Items.Remove(LiveHub.WatchingOperations))
        {
            connections.Watching(-1);
        }
        await next(context, exception);
    }
}
