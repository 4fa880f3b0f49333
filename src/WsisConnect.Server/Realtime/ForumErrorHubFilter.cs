using Microsoft.AspNetCore.SignalR;
using WsisConnect.Contracts.Errors;
using WsisConnect.Server.Errors;
using WsisConnect.Server.Validation;

namespace WsisConnect.Server.Realtime;

/// <summary>
/// Every hub call's checks and errors. Before the method runs: ids, text, enum values and nulls (see
/// <see cref="ArgumentRules"/>), refused with <c>validation.invalid</c> before any grain is called. After: whatever
/// the method threw becomes a HubException whose message starts with a stable code (<c>"question.too_long: ..."</c>),
/// since SignalR hides every other exception's message; faults become <c>server.error</c>, and a store or node
/// that is not answering the retryable <c>store.unavailable</c> or <c>cluster.unavailable</c>. Arguments that do
/// not even bind never get here: <see cref="CodedHubProtocol"/> codes those.
/// </summary>
public sealed class ForumErrorHubFilter(ILogger<ForumErrorHubFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var method = invocationContext.HubMethodName;
        if (ArgumentRules.For(invocationContext.HubMethod, ArgumentChecks.All).Check(invocationContext.HubMethodArguments) is { } problem)
        {
            throw Refuse(method, new Failure(ErrorCodes.Invalid, problem, FailureKind.Refusal), exception: null);
        }
        try
        {
            return await next(invocationContext);
        }
        catch (HubException coded)
        {
            // Thrown by the hub itself with its code already in the message.
            FailureLog.Log(logger, method, new Failure(CodeOf(coded), coded.Message, FailureKind.Refusal), coded);
            throw;
        }
        catch (Exception ex)
        {
            throw Refuse(method, Failure.Of(ex), ex);
        }
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (ex is not HubException)
        {
            // SignalR closes the connection with this message, code included, so the client can tell a store that is
            // down (retry) from a refusal.
            throw Refuse(nameof(OnConnectedAsync), Failure.Of(ex), ex);
        }
    }

    private HubException Refuse(string operation, Failure failure, Exception? exception)
    {
        FailureLog.Log(logger, operation, failure, exception);
        return new HubException($"{failure.Code}: {failure.Detail}");
    }

    private static string CodeOf(HubException exception) =>
        exception.Message.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon ? exception.Message[..colon] : ErrorCodes.Invalid;
}
