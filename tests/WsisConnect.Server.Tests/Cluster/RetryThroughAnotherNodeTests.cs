using System.Net.Http.Headers;
using System.Net.Http.Json;
using WsisConnect.Client;
using WsisConnect.Client.Http;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Operations;
using WsisConnect.Contracts.Questions;
using WsisConnect.Contracts.Registration;
using WsisConnect.Testing;
using Xunit;

namespace WsisConnect.Server.Tests.Cluster;

/// <summary>
/// An organiser's or the desk's write sent to one node and retried with the same Idempotency-Key through the other
/// (the first node died, or the client's connection moved): the other node has no record of the first answer, so
/// the grains must recognise the operation from what they stored. It applies once and the retry gets its result.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class RetryThroughAnotherNodeTests(TwoNodeForum forum) : IClassFixture<TwoNodeForum>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task AWalkInRetriedThroughTheOtherNodeIsOnePersonWithOneCode()
    {
        var name = "Walk-in " + Guid.NewGuid().ToString("N")[..8];
        var walkIn = new WalkInRequest(name, "Open Schools", null, "GH", StakeholderType.CivilSociety, "en", null, null);
        var key = Guid.NewGuid().ToString("N");

        var first = await WriteAsync<IssuedCode>(forum.NodeA, HttpMethod.Post, "api/desk/walk-ins", walkIn, key);
        var retry = await WriteAsync<IssuedCode>(forum.NodeB, HttpMethod.Post, "api/desk/walk-ins", walkIn, key);

        Assert.Equal((first.Profile.Id, first.Code), (retry.Profile.Id, retry.Code));
        var organiser = TwoNodeForum.Api(forum.NodeB, forum.OrganiserToken);
        Assert.Equal(1, (await organiser.SearchPeopleAsync(name).WaitAsync(Bound)).Total);
        Assert.Equal(first.Profile.Id, (await TwoNodeForum.Api(forum.NodeB).SignInAsync(retry.Code).WaitAsync(Bound)).Profile.Id);
        // Another key is another walk-in, even with the same details: only the operation makes a retry.
        var another = await WriteAsync<IssuedCode>(forum.NodeB, HttpMethod.Post, "api/desk/walk-ins", walkIn, Guid.NewGuid().ToString("N"));
        Assert.NotEqual(first.Profile.Id, another.Profile.Id);
        Assert.Equal(2, (await organiser.SearchPeopleAsync(name).WaitAsync(Bound)).Total);
    }

    [Fact]
    public async Task AReissueRetriedThroughTheOtherNodeIssuesOneCodeAndTheOldOneStaysVoid()
    {
        var person = await WriteAsync<IssuedCode>(forum.NodeA, HttpMethod.Post, "api/desk/walk-ins",
            new WalkInRequest("Reissued " + Guid.NewGuid().ToString("N")[..8], "ITU", null, "CH", StakeholderType.InternationalOrganization, "fr", null, null),
            Guid.NewGuid().ToString("N"));
        var key = Guid.NewGuid().ToString("N");
        var path = $"api/organiser/people/{person.Profile.Id}/code";

        var first = await WriteAsync<IssuedCode>(forum.NodeA, HttpMethod.Post, path, new { }, key);
        var retry = await WriteAsync<IssuedCode>(forum.NodeB, HttpMethod.Post, path, new { }, key);

        Assert.Equal(first.Code, retry.Code);
        Assert.NotEqual(person.Code, first.Code);
        Assert.Equal(person.Profile.Id, (await TwoNodeForum.Api(forum.NodeB).SignInAsync(retry.Code).WaitAsync(Bound)).Profile.Id);
        var old = await Assert.ThrowsAsync<ForumApiException>(() => TwoNodeForum.Api(forum.NodeB).SignInAsync(person.Code).WaitAsync(Bound));
        Assert.Equal(ErrorCodes.InvalidCode, old.Code);
        // Another key is another reissue: the retry above was recognised, not merely ignored.
        var again = await WriteAsync<IssuedCode>(forum.NodeB, HttpMethod.Post, path, new { }, Guid.NewGuid().ToString("N"));
        Assert.NotEqual(first.Code, again.Code);
    }

    [Fact]
    public async Task ASessionAndARoomCreatedThroughOneNodeAndRetriedThroughTheOtherAreMadeOnce()
    {
        var title = "Retried session " + Guid.NewGuid().ToString("N")[..8];
        var start = new DateTimeOffset(2026, 7, 8, 10, 0, 0, TimeSpan.FromHours(2));
        var draft = new SessionDraft(title, "", SessionFormat.ThematicWorkshop, "Room R", start, start.AddHours(1), ["C4"], [4], null, [], [], QuestionMode.Open);
        var sessionKey = Guid.NewGuid().ToString("N");
        var room = "Room " + Guid.NewGuid().ToString("N")[..8];
        var roomKey = Guid.NewGuid().ToString("N");

        var created = await WriteAsync<SessionDetails>(forum.NodeA, HttpMethod.Post, "api/organiser/sessions", draft, sessionKey);
        var retried = await WriteAsync<SessionDetails>(forum.NodeB, HttpMethod.Post, "api/organiser/sessions", draft, sessionKey);
        await WriteAsync<string[]>(forum.NodeA, HttpMethod.Post, "api/organiser/rooms", new { name = room }, roomKey);
        var rooms = await WriteAsync<string[]>(forum.NodeB, HttpMethod.Post, "api/organiser/rooms", new { name = room }, roomKey);

        Assert.Equal(created.Id, retried.Id);
        var agenda = await TwoNodeForum.Api(forum.NodeB).GetAgendaAsync(new AgendaFilter(Text: title)).WaitAsync(Bound);
        Assert.Equal([created.Id], agenda.Sessions.Select(s => s.Id));
        Assert.Single(rooms, r => r == room);
        var another = await Assert.ThrowsAsync<HttpRequestException>(() =>
            WriteAsync<string[]>(forum.NodeB, HttpMethod.Post, "api/organiser/rooms", new { name = room }, Guid.NewGuid().ToString("N")));
        Assert.Contains(ErrorCodes.RoomExists, another.Message, StringComparison.Ordinal);
    }

    /// <summary>Sends a write with <paramref name="idempotencyKey"/> as the organiser; throws with the problem's body unless it succeeded.</summary>
    private async Task<T> WriteAsync<T>(ServerProcess node, HttpMethod method, string path, object body, string idempotencyKey)
    {
        using var http = new HttpClient { BaseAddress = node.BaseAddress, Timeout = Bound };
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: ForumJson.Options) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", forum.OrganiserToken);
        request.Headers.Add(OperationKeys.Header, idempotencyKey);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {path} on {node}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}", null, response.StatusCode);
        }
        return (await response.Content.ReadFromJsonAsync<T>(ForumJson.Options))!;
    }
}
