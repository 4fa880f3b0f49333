using Microsoft.AspNetCore.Mvc;

namespace WsisConnect.Server.Errors;

/// <summary>Writes ProblemDetails responses that carry a stable <c>code</c> extension.</summary>
public static class ForumProblems
{
    /// <summary>A ProblemDetails for <paramref name="code"/>, with the status that code maps to.</summary>
    public static ProblemDetails Create(string code, string detail)
    {
        var status = ErrorStatus.For(code);
        return new ProblemDetails
        {
            Status = status,
            Title = code,
            Detail = detail,
            Type = $"https://wsisconnect.dev/errors/{code}",
            Extensions = { ["code"] = code },
        };
    }

    /// <summary>Writes the problem through the registered <see cref="IProblemDetailsService"/>.</summary>
    public static async Task WriteAsync(HttpContext http, string code, string detail)
    {
        var problem = Create(code, detail);
        http.Response.StatusCode = problem.Status!.Value;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }
}
