using Microsoft.AspNetCore.SignalR;
using WsisConnect.Contracts.Errors;
using WsisConnect.Server.Auth;

namespace WsisConnect.Server.Realtime;

/// <summary>
/// Keeps revoked people off the hub. Every connection is registered with <see cref="PersonConnections"/>, so a
/// revocation on any node closes it within moments; and, as a second line, a call from a caller whose token has
/// been revoked since the connection opened is refused before it reaches a grain, so nothing it carries is stored.
/// </summary>
public sealed class RevokedCallerHubFilter(TokenRevocations revocations, PersonConnections connections) : IHubFilter
{
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (IsRevoked(invocationContext.Context))
        {
            invocationContext.Context.Abort();
            throw Refusal();
        }
        return next(invocationContext);
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var (attendeeId, issuedAt) = Holder(context.Context);
        connections.Add(attendeeId, context.Context, issuedAt);
        // A revocation that arrived between the upgrade's authentication and the line above found nothing to close.
        if (revocations.IsRevoked(attendeeId, issuedAt))
        {
            connections.Remove(attendeeId, context.Context.ConnectionId);
            throw Refusal();
        }
        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        connections.Remove(Holder(context.Context).AttendeeId, context.Context.ConnectionId);
        await next(context, exception);
    }

    private bool IsRevoked(HubCallerContext connection)
    {
        var (attendeeId, issuedAt) = Holder(connection);
        return revocations.IsRevoked(attendeeId, issuedAt);
    }

    /// <summary>Whose token the connection carries; read on every call, so only the two claims needed.</summary>
    private static (string AttendeeId, long IssuedAt) Holder(HubCallerContext connection)
    {
        var user = connection.User;
        return user?.FindFirst(WsisClaims.Subject)?.Value is { } attendeeId ? (attendeeId, user.IssuedAtSeconds()) : throw Refusal();
    }

    private static HubException Refusal() => new($"{ErrorCodes.Unauthenticated}: This sign-in has been revoked; sign in again.");
}
