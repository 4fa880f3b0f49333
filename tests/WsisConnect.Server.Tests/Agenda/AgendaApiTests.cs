using System.Net;
using System.Text.Json;
using WsisConnect.Client.Http;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Agenda;

[Collection(ServerCollection.Name)]
public sealed class AgendaApiTests(ForumServerFixture server)
{
    [Fact]
    public async Task AgendaFiltersByDayRoomFormatActionLineAndSdg()
    {
        var session = await server.CreateSessionAsync(QuestionMode.Open);
        var api = server.Api();

        var filters = new[]
        {
            new AgendaFilter(Day: new DateOnly(2025, 7, 9)),
            new AgendaFilter(Room: "cicg room 1"),
            new AgendaFilter(Format: SessionFormat.HighLevelDialogue),
            new AgendaFilter(ActionLine: "C11"),
            new AgendaFilter(Sdg: 17),
            new AgendaFilter(Text: "digital cooperation"),
        };
        foreach (var filter in filters)
        {
            Assert.Contains((await api.GetAgendaAsync(filter)).Sessions, s => s.Id == session.Id);
        }
        Assert.DoesNotContain((await api.GetAgendaAsync(new AgendaFilter(ActionLine: "C7"))).Sessions, s => s.Id == session.Id);
        Assert.DoesNotContain((await api.GetAgendaAsync(new AgendaFilter(Day: new DateOnly(2025, 7, 7)))).Sessions, s => s.Id == session.Id);
        var page = await api.GetAgendaAsync();
        Assert.Contains(new DateOnly(2025, 7, 9), page.Days);
        Assert.Contains("CICG Room 1", page.Rooms);
    }

    [Fact]
    public async Task UnknownSessionIsNotFoundWithAStableCode()
    {
        var error = await Assert.ThrowsAsync<ForumApiException>(() => server.Api().GetSessionAsync("s999x"));
        Assert.Equal(HttpStatusCode.NotFound, error.Status);
        Assert.Equal(ErrorCodes.SessionNotFound, error.Code);
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheApi()
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var doc = JsonDocument.Parse(await http.GetStringAsync("openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/auth/token", "/api/auth/register", "/api/agenda", "/api/sessions/{sessionId}", "/api/sessions/{sessionId}/questions", "/api/forum/settings" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }
    }

    [Fact]
    public async Task LivenessAndReadinessAnswer()
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("health/live")).StatusCode);
        Assert.Equal("Healthy", await http.GetStringAsync("health/ready"));
    }
}
