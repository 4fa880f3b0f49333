using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using WsisConnect.Contracts.Errors;

namespace WsisConnect.Server.Errors;

/// <summary>Writes ProblemDetails responses that carry a stable <c>code</c> extension and a human title.</summary>
public static class ForumProblems
{
    /// <summary>A ProblemDetails for <paramref name="code"/>, with the status that code maps to unless <paramref name="status"/> says otherwise.</summary>
    public static ProblemDetails Create(string code, string detail, int? status = null) => new()
    {
        Status = status ?? ErrorStatus.For(code),
        Title = ErrorTitles.For(code),
        Detail = detail,
        Type = TypeFor(code),
        Extensions = { ["code"] = code },
    };

    /// <summary>
    /// Writes the problem through the registered <see cref="IProblemDetailsService"/>, or as plain JSON when the
    /// client's Accept header rules out every writer (a browser asking for HTML still gets the code). A retryable
    /// code also gets <c>Retry-After</c>.
    /// </summary>
    public static async Task WriteAsync(HttpContext http, string code, string detail, int? status = null)
    {
        var problem = Create(code, detail, status);
        http.Response.StatusCode = problem.Status!.Value;
        if (ErrorCodes.RetryAfterFor(code) is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = retryAfter.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
        }
        var written = await http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
        if (!written)
        {
            await http.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
        }
    }

    /// <summary>
    /// Completes every ProblemDetails the server writes (ours, validation problems, status-code pages): a
    /// <c>code</c> from the status when none was set, the code's title, and a type naming the code.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var code = problem.Extensions.TryGetValue("code", out var value) && value is string given
            ? given
            : ErrorStatus.CodeFor(problem.Status ?? context.HttpContext.Response.StatusCode);
        problem.Extensions["code"] = code;
        problem.Title = ErrorTitles.For(code);
        problem.Type = TypeFor(code);
    }

    private static string TypeFor(string code) => $"https://wsisconnect.dev/errors/{code}";
}
