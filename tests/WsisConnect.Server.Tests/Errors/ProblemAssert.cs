using System.Net;
using System.Text.Json;
using WsisConnect.Contracts.Errors;
using Xunit;

namespace WsisConnect.Server.Tests.Errors;

/// <summary>What every HTTP error answer must look like: a ProblemDetails with a stable code and a human title.</summary>
public static class ProblemAssert
{
    /// <summary>Asserts <paramref name="response"/> is a problem with <paramref name="status"/> and <paramref name="code"/>; returns its body.</summary>
    public static async Task<JsonElement> IsAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        var problem = await TypedAsync(response, body);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }

    /// <summary>Asserts <paramref name="response"/> is a problem with a known code, its status, and that code's title.</summary>
    public static Task<JsonElement> TypedAsync(HttpResponseMessage response, string? body = null) => Typed(response, body);

    private static async Task<JsonElement> Typed(HttpResponseMessage response, string? body)
    {
        body ??= await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            $"{(int)response.StatusCode} is not a problem: {response.Content.Headers.ContentType} {body}");
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        var code = problem.GetProperty("code").GetString()!;
        Assert.Contains(code, ErrorTitles.Codes);
        Assert.Equal(ErrorTitles.For(code), problem.GetProperty("title").GetString());
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
