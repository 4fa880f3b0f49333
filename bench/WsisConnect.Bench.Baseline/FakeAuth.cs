using System.Text.Json;

namespace WsisConnect.Bench.Baseline;

/// <summary>
/// Sign-in and registration that only hand out a token: the load tool's registration phase runs against the
/// baseline through the same HTTP path and SDK call, at the cost of a JSON round trip and nothing more.
/// </summary>
public static class FakeAuth
{
    private static long _people;

    /// <summary>Maps <c>POST /api/auth/register</c> and <c>POST /api/auth/token</c>.</summary>
    public static IEndpointRouteBuilder MapFakeAuth(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/register", (JsonElement body) =>
        {
            var id = "b" + Interlocked.Increment(ref _people).ToString("x8");
            var name = body.TryGetProperty("name", out var n) ? n.GetString() ?? id : id;
            return Results.Created("/api/me", new { code = "BASE-" + id, token = "baseline." + id, expiresAt = DateTimeOffset.UtcNow.AddDays(7), profile = Profile(id, name) });
        });
        app.MapPost("/api/auth/token", (JsonElement body) =>
        {
            var id = "b" + Interlocked.Increment(ref _people).ToString("x8");
            var code = body.TryGetProperty("code", out var c) ? c.GetString() ?? id : id;
            return Results.Ok(new { token = "baseline." + id, expiresAt = DateTimeOffset.UtcNow.AddDays(7), profile = Profile(id, code) });
        });
        return app;
    }

    private static object Profile(string id, string name) => new
    {
        id,
        name,
        organisation = "Baseline",
        title = string.Empty,
        country = "CH",
        stakeholderType = "CivilSociety",
        roles = "Attendee",
        participation = "Remote",
        language = "en",
    };
}
