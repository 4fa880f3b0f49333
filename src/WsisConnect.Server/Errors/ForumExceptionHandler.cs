using Microsoft.AspNetCore.Diagnostics;
using WsisConnect.Contracts.Errors;

namespace WsisConnect.Server.Errors;

/// <summary>Turns a grain's refusal into a ProblemDetails response with its stable code.</summary>
public sealed class ForumExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not ForumException refusal)
        {
            return false;
        }
        await ForumProblems.WriteAsync(httpContext, refusal.Code, refusal.Message);
        return true;
    }
}
