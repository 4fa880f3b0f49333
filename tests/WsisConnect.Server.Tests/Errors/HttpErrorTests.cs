using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Server.Errors;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Errors;

/// <summary>Every HTTP error is a ProblemDetails with a stable code and a human title, however it arises.</summary>
[Collection(ServerCollection.Name)]
public sealed class HttpErrorTests(ForumServerFixture server)
{
    [Fact]
    public void EveryErrorCodeHasAHumanTitleAndAStatus()
    {
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetValue(null)!).ToList();

        Assert.Equal(codes.Order(), ErrorTitles.Codes.Order());
        Assert.All(codes, code =>
        {
            var title = ErrorTitles.For(code);
            Assert.NotEqual(code, title);
            Assert.EndsWith(".", title, StringComparison.Ordinal);
            Assert.InRange(ErrorStatus.For(code), 400, 599);
        });
    }

    [Fact]
    public async Task UnknownAddressesAndWrongMethodsAreProblemsWithCodes()
    {
        using var http = Http();

        await ProblemAssert.IsAsync(await http.GetAsync("api/no-such-thing"), HttpStatusCode.NotFound, ErrorCodes.RouteNotFound);
        await ProblemAssert.IsAsync(await http.DeleteAsync("api/agenda"), HttpStatusCode.MethodNotAllowed, ErrorCodes.MethodNotAllowed);
    }

    [Fact]
    public async Task UnreadableBodiesOnSignInAndRegistrationAreTypedProblems()
    {
        using var http = Http();

        foreach (var path in new[] { "api/auth/token", "api/auth/register" })
        {
            await ProblemAssert.IsAsync(await http.PostAsync(path, Json("{not json")), HttpStatusCode.BadRequest, ErrorCodes.Invalid);
            await ProblemAssert.IsAsync(await http.PostAsync(path, Json("[1, 2]")), HttpStatusCode.BadRequest, ErrorCodes.Invalid);
            await ProblemAssert.IsAsync(await http.PostAsync(path, Json("{\"code\": \"\\ud800\", \"name\": \"\\ud800\"}")), HttpStatusCode.BadRequest, ErrorCodes.Invalid);
            await ProblemAssert.IsAsync(await http.PostAsync(path, new StringContent("code=x", Encoding.UTF8, "text/plain")),
                HttpStatusCode.UnsupportedMediaType, ErrorCodes.UnsupportedMediaType);
            await ProblemAssert.IsAsync(await http.PostAsync(path, content: null), HttpStatusCode.BadRequest, ErrorCodes.Invalid);
        }
    }

    [Fact]
    public async Task AQueryValueOfTheWrongTypeIsATypedProblem()
    {
        await using var person = await server.SignInAsync("Query Tester");
        using var http = Http(person.Token);

        await ProblemAssert.IsAsync(await http.GetAsync("api/directory?skip=many"), HttpStatusCode.BadRequest, ErrorCodes.Invalid);
        await ProblemAssert.IsAsync(await http.GetAsync("api/agenda?day=yesterday"), HttpStatusCode.BadRequest, ErrorCodes.Invalid);
    }

    [Fact]
    public async Task OverlongAndMalformedIdsAreRefusedAlikeOnEveryRouteAndOnTheHub()
    {
        await using var person = await server.SignInAsync("Id Tester", roles: ForumRoles.Attendee | ForumRoles.Organiser);
        using var http = Http(person.Token);
        var longId = new string('s', 65);
        var routes = new (HttpMethod Method, string Path, string? Body)[]
        {
            (HttpMethod.Get, $"api/sessions/{longId}", null),
            (HttpMethod.Get, $"api/sessions/{longId}/questions", null),
            (HttpMethod.Post, $"api/sessions/{longId}/questions", "{\"text\":\"Hello?\"}"),
            (HttpMethod.Get, $"api/sessions/{longId}/polls", null),
            (HttpMethod.Get, "api/polls/s001.poll-one", null),
            (HttpMethod.Get, $"api/polls/{longId}.p1", null),
            (HttpMethod.Post, $"api/prizes/{longId}/votes", "{\"nomineeId\":\"n1\"}"),
            (HttpMethod.Post, "api/prizes/c1/votes", "{\"nomineeId\":\"not a nominee\"}"),
            (HttpMethod.Get, $"api/prizes/{longId}/results", null),
            (HttpMethod.Put, $"api/leaderboard/excluded/{longId}", "{\"excluded\":true}"),
            (HttpMethod.Get, "api/people/semi%3Bcolon", null),
            (HttpMethod.Get, $"api/people/{longId}", null),
            (HttpMethod.Get, $"room/{longId}", null),
        };

        foreach (var (method, path, body) in routes)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : Json(body) };
            var problem = await ProblemAssert.IsAsync(await http.SendAsync(request), HttpStatusCode.BadRequest, ErrorCodes.Invalid);
            Assert.Contains(" id:", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var hub = await Assert.ThrowsAsync<WsisConnect.Client.Live.LiveHubException>(() => person.Live.JoinSession(longId));
        Assert.Equal(ErrorCodes.Invalid, hub.Code);
        var poll = await Assert.ThrowsAsync<WsisConnect.Client.Live.LiveHubException>(() => person.Live.OpenPoll("s001.poll-one"));
        Assert.Equal(ErrorCodes.Invalid, poll.Code);
    }

    [Fact]
    public async Task EveryResponseCarriesTheSecurityHeadersAndOnlyTheRoomScreenMayBeFramed()
    {
        using var http = Http();

        foreach (var path in new[] { "", "index.html", "api/agenda", "api/no-such-thing", "health/live" })
        {
            var response = await http.GetAsync(path);
            var policy = Header(response, "Content-Security-Policy");
            Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
            Assert.EndsWith("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
            Assert.Contains("camera=(self)", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        }

        var index = await http.GetStringAsync("");
        var room = await http.GetAsync("room/s004");
        Assert.Equal(HttpStatusCode.OK, room.StatusCode);
        Assert.Equal("text/html", room.Content.Headers.ContentType?.MediaType);
        Assert.Equal(index, await room.Content.ReadAsStringAsync());
        Assert.EndsWith($"frame-ancestors {ForumServerFixture.RoomScreenFrameAncestors}", Header(room, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.False(room.Headers.Contains("X-Frame-Options"));
        Assert.Equal("nosniff", Header(room, "X-Content-Type-Options"));
    }

    private HttpClient Http(string? token = null)
    {
        var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return http;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri} has no {name} header");
}
