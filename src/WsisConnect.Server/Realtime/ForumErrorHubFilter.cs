using Microsoft.AspNetCore.SignalR;
using WsisConnect.Contracts.Errors;

namespace WsisConnect.Server.Realtime;

/// <summary>
/// Turns a grain's refusal into a HubException whose message starts with the stable code
/// (<c>"question.too_long: ..."</c>); SignalR hides every other exception's message from clients.
/// </summary>
public sealed class ForumErrorHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (ForumException refusal)
        {
            throw new HubException($"{refusal.Code}: {refusal.Message}");
        }
    }
}
