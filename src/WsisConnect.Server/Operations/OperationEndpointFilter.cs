using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Operations;
using WsisConnect.Contracts.Validation;
using WsisConnect.Grains.Operations;
using WsisConnect.Server.Auth;

namespace WsisConnect.Server.Operations;

/// <summary>
/// The HTTP side of <see cref="OperationHubFilter"/>: a POST, PUT or DELETE with an <c>Idempotency-Key</c> header
/// runs once per person and key on this node, and the grains it reaches see the operation key.
/// </summary>
public static class OperationEndpointFilter
{
    /// <summary>Makes every state-changing endpoint of <paramref name="group"/> safe to retry with an operation id.</summary>
    public static TBuilder RetrySafe<TBuilder>(this TBuilder group) where TBuilder : IEndpointConventionBuilder =>
        group.AddEndpointFilter(async (invocation, next) =>
        {
            var http = invocation.HttpContext;
            if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                || !http.Request.Headers.TryGetValue(OperationKeys.Header, out var header))
            {
                return await next(invocation);
            }
            var operationId = ForumIds.Operation.Accepts(header.ToString())
                ? header.ToString()
                : throw new ForumException(ErrorCodes.Invalid, ForumIds.Operation.Describe(OperationKeys.Header));
            // Sign-in and registration have no caller yet; their keys still never meet a signed-in person's.
            var who = http.User.Identity?.IsAuthenticated == true ? http.User.ToCaller().AttendeeId : "anonymous";
            var key = OperationKeys.For(who, operationId);
            var recent = http.RequestServices.GetRequiredService<RecentOperations>();
            return await recent.RunOnceAsync(key, () => CurrentOperation.RunAsync(key, () => next(invocation).AsTask()));
        });
}
