using Microsoft.AspNetCore.SignalR;
using WsisConnect.Contracts.Identity;
using WsisConnect.Server.Auth;

namespace WsisConnect.Server.Realtime;

/// <summary>
/// Counts live connections up when one is established and down when it closes, under the same tags: the caller is
/// kept on the connection, so a change of role meanwhile cannot leave the gauge off by one.
/// </summary>
public sealed class ConnectionMetricsHubFilter(LiveMetrics metrics) : IHubFilter
{
    private static readonly object CountedKey = new();

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);
        // Only a connection that was accepted is closed later through OnDisconnectedAsync.
        if (context.Context.User is { Identity.IsAuthenticated: true } user)
        {
            var caller = user.ToCaller();
            context.Context.Items[CountedKey] = caller;
            metrics.Connection(caller, 1);
        }
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.Items.Remove(CountedKey, out var counted) && counted is Caller caller)
        {
            metrics.Connection(caller, -1);
        }
        await next(context, exception);
    }
}
