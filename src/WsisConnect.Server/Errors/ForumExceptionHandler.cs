using Microsoft.AspNetCore.Diagnostics;
using WsisConnect.Contracts.Errors;

namespace WsisConnect.Server.Errors;

/// <summary>
/// Answers every exception that reaches the HTTP pipeline with a ProblemDetails carrying a stable code: refusals
/// with theirs, unreadable requests (bad JSON, a wrong content type, which minimal APIs throw for once
/// <c>ThrowOnBadRequest</c> is set) with <c>validation.invalid</c> or the status's code, a store or node that is
/// not answering with a retryable 503, and anything else with <c>server.error</c>. Since it handles them all, ASP.NET
/// Core logs none of them; this logs refusals quietly and faults loudly.
/// </summary>
public sealed class ForumExceptionHandler(ILogger<ForumExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
            return true;
        }
        var operation = $"{httpContext.Request.Method} {httpContext.Request.Path}";
        if (exception is BadHttpRequestException bad)
        {
            var code = bad.StatusCode == StatusCodes.Status400BadRequest ? ErrorCodes.Invalid : ErrorStatus.CodeFor(bad.StatusCode);
            var refusal = new Failure(code, "The request could not be read: " + bad.Message, FailureKind.Refusal);
            FailureLog.Log(logger, operation, refusal, exception);
            await ForumProblems.WriteAsync(httpContext, refusal.Code, refusal.Detail, bad.StatusCode);
            return true;
        }
        var failure = Failure.Of(exception);
        FailureLog.Log(logger, operation, failure, exception);
        await ForumProblems.WriteAsync(httpContext, failure.Code, failure.Detail);
        return true;
    }
}
