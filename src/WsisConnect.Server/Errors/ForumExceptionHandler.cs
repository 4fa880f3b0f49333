using Microsoft.AspNetCore.Diagnostics;
using WsisConnect.Contracts.Errors;

namespace WsisConnect.Server.Errors;

/// <summary>
/// Turns a grain's refusal into a ProblemDetails response with its stable code, and an unreadable request body
/// (which minimal APIs throw for in Development) into a validation problem rather than a 500.
/// </summary>
public sealed class ForumExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case ForumException refusal:
                await ForumProblems.WriteAsync(httpContext, refusal.Code, refusal.Message);
                return true;
            case BadHttpRequestException bad:
                await ForumProblems.WriteAsync(httpContext, ErrorCodes.Invalid, "The request body could not be read: " + bad.Message);
                return true;
            default:
                return false;
        }
    }
}
