using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using WsisConnect.Client;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Questions;
using WsisConnect.Contracts.Registration;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Organisers;

/// <summary>
/// Every organiser endpoint and hub method, and the moderation a registration desk must not reach, called by every
/// role: allowed or refused with the right code. Organisers' calls that would replace the whole agenda or list are
/// made on previews with errors, so they reach the grain (and its own refusal) without changing what others test.
/// </summary>
[Collection(OrganiserCollection.Name)]
public sealed class OrganiserAccessTests(OrganiserServerFixture server)
{
    private static readonly AccessRole[] Roles = Enum.GetValues<AccessRole>();

    private static Func<AccessRole, string?> Organisers(string? organiser = null) => role => role switch
    {
        AccessRole.Anonymous => ErrorCodes.Unauthenticated,
        AccessRole.Organiser => organiser,
        _ => ErrorCodes.Forbidden,
    };

    private static readonly Func<AccessRole, string?> Desk = role => role switch
    {
        AccessRole.Anonymous => ErrorCodes.Unauthenticated,
        AccessRole.Organiser or AccessRole.RegistrationStaff => null,
        _ => ErrorCodes.Forbidden,
    };

    private static readonly Func<AccessRole, string?> SessionModerators = role =>
        role is AccessRole.Moderator or AccessRole.Organiser ? null : ErrorCodes.Forbidden;

    [Fact]
    public async Task EveryOrganiserEndpointByEveryRoleIsAllowedOrRefusedAsTheTableSays()
    {
        var world = await AccessWorld.CreateAsync(server);
        var cases = new Dictionary<string, (Func<AccessRole, string?> Expect, Func<Task<HttpRequestMessage>> Request)>
        {
            ["POST /api/organiser/agenda/imports"] = (Organisers(), () => Csv("api/organiser/agenda/imports", AccessWorld.AgendaCsv(Unique("acc")))),
            ["GET /api/organiser/agenda/imports/{importId}"] = (Organisers(), () => Get($"api/organiser/agenda/imports/{world.BadAgendaImport}")),
            ["POST /api/organiser/agenda/imports/{importId}/confirm"] = (Organisers(ErrorCodes.ImportHasErrors), () =>
                Json(HttpMethod.Post, $"api/organiser/agenda/imports/{world.BadAgendaImport}/confirm", new { skipInvalid = false })),
            ["DELETE /api/organiser/agenda/imports/{importId}"] = (Organisers(), async () =>
                new HttpRequestMessage(HttpMethod.Delete, $"api/organiser/agenda/imports/{await world.AgendaImportAsync()}")),
            ["POST /api/organiser/sessions"] = (Organisers(), () => Json(HttpMethod.Post, "api/organiser/sessions", world.Draft("Added by the access table"))),
            ["PUT /api/organiser/sessions/{sessionId}"] = (Organisers(), () => Json(HttpMethod.Put, $"api/organiser/sessions/{world.Session.Id}", world.Draft("Edited by the access table"))),
            ["DELETE /api/organiser/sessions/{sessionId}"] = (Organisers(), async () =>
                new HttpRequestMessage(HttpMethod.Delete, $"api/organiser/sessions/{(await server.CreateSessionAsync(QuestionMode.Open)).Id}")),
            ["POST /api/organiser/rooms"] = (Organisers(), () => Json(HttpMethod.Post, "api/organiser/rooms", new { name = Unique("Room") })),
            ["PUT /api/organiser/rooms/{room}"] = (Organisers(), async () =>
                await Json(HttpMethod.Put, $"api/organiser/rooms/{Uri.EscapeDataString(await world.RoomAsync())}", new { name = Unique("Renamed") })),
            ["DELETE /api/organiser/rooms/{room}"] = (Organisers(), async () =>
                new HttpRequestMessage(HttpMethod.Delete, $"api/organiser/rooms/{Uri.EscapeDataString(await world.RoomAsync())}")),
            ["POST /api/organiser/registration/imports"] = (Organisers(), () =>
                Csv("api/organiser/registration/imports", RegistrationList.Csv([RegistrationList.Row(Unique("ACC"), 1)]))),
            ["GET /api/organiser/registration/imports/{importId}"] = (Organisers(), () => Get($"api/organiser/registration/imports/{world.BadRegistrationImport}")),
            ["POST /api/organiser/registration/imports/{importId}/confirm"] = (Organisers(ErrorCodes.ImportHasErrors), () =>
                Json(HttpMethod.Post, $"api/organiser/registration/imports/{world.BadRegistrationImport}/confirm", new { skipInvalid = false })),
            ["DELETE /api/organiser/registration/imports/{importId}"] = (Organisers(), async () =>
                new HttpRequestMessage(HttpMethod.Delete, $"api/organiser/registration/imports/{await world.RegistrationImportAsync()}")),
            ["GET /api/organiser/registration/codes.csv"] = (Organisers(), () => Get("api/organiser/registration/codes.csv")),
            ["GET /api/organiser/people"] = (Organisers(), () => Get("api/organiser/people?q=Access")),
            ["POST /api/organiser/people/{attendeeId}/code"] = (Organisers(), async () =>
                await Json(HttpMethod.Post, $"api/organiser/people/{await world.PersonAsync()}/code", new { })),
            ["POST /api/organiser/people/{attendeeId}/revoke"] = (Organisers(), async () =>
                await Json(HttpMethod.Post, $"api/organiser/people/{await world.PersonAsync()}/revoke", new { })),
            ["GET /api/organiser/badges"] = (Organisers(), () => Get("api/organiser/badges?q=Access&take=5")),
            ["POST /api/desk/walk-ins"] = (Desk, () => Json(HttpMethod.Post, "api/desk/walk-ins",
                new WalkInRequest("Walk In", "Open Schools", null, "GH", StakeholderType.CivilSociety, "en", null, null))),
            ["POST /api/setup"] = (_ => ErrorCodes.SetupDone, () => Json(HttpMethod.Post, "api/setup",
                new SetupRequest("ABCD-EFGH-JKLM", "Late Organiser", "ITU", "CH", null, "en"))),
            ["GET /api/leaderboard/excluded"] = (Organisers(), () => Get("api/leaderboard/excluded")),
            ["PUT /api/leaderboard/excluded/{attendeeId}"] = (Organisers(), () => Json(HttpMethod.Put, $"api/leaderboard/excluded/{world.People[AccessRole.Attendee].Profile.Id}", new { excluded = false })),
            ["PUT /api/forum/settings"] = (Organisers(), () => Json(HttpMethod.Put, "api/forum/settings", new ForumSettings(SelfRegistrationOpen: true))),
        };
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var mismatches = new List<string>();
        foreach (var (endpoint, (expect, request)) in cases)
        {
            foreach (var role in Roles)
            {
                using var message = await request();
                if (world.TokenOf(role) is { } token)
                {
                    message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }
                using var response = await http.SendAsync(message).WaitAsync(TimeSpan.FromSeconds(60));
                var outcome = response.IsSuccessStatusCode ? null : await CodeOfAsync(response);
                if (outcome != expect(role))
                {
                    mismatches.Add($"{endpoint} by {role}: expected {expect(role) ?? "success"}, got {outcome ?? "success"} ({(int)response.StatusCode})");
                }
            }
        }
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public async Task EveryRoleWatchesTheAgendaWhileRegistrationStaffCannotModerate()
    {
        var world = await AccessWorld.CreateAsync(server);
        var cases = new Dictionary<string, (Func<AccessRole, string?> Expect, Func<LiveConnection, Task> Call)>
        {
            [nameof(LiveConnection.WatchAgenda)] = (_ => null, live => live.WatchAgenda()),
            [nameof(LiveConnection.UnwatchAgenda)] = (_ => null, live => live.UnwatchAgenda()),
            [nameof(LiveConnection.SetQuestionMode)] = (SessionModerators, live => live.SetQuestionMode(world.Session.Id, QuestionMode.Open)),
            [nameof(LiveConnection.SetSessionStatus)] = (SessionModerators, live => live.SetSessionStatus(world.Session.Id, SessionStatus.Live)),
            [nameof(LiveConnection.CreatePoll)] = (SessionModerators, live => live.CreatePoll(world.Session.Id, new PollDraft("Desk poll?", PollKind.SingleChoice, ["a", "b"]))),
            [nameof(LiveConnection.Moderate)] = (SessionModerators, async live =>
                await live.Moderate(world.Session.Id, (await world.QuestionAsync()).Id, ModerationAction.Approve)),
        };
        var mismatches = new List<string>();
        foreach (var (method, (expect, call)) in cases)
        {
            foreach (var role in Roles.Where(r => r != AccessRole.Anonymous))
            {
                string? outcome = null;
                try
                {
                    await call(world.People[role].Live).WaitAsync(Waits.Push);
                }
                catch (LiveHubException refused)
                {
                    outcome = refused.Code;
                }
                if (outcome != expect(role))
                {
                    mismatches.Add($"{method} by {role}: expected {expect(role) ?? "success"}, got {outcome ?? "success"}");
                }
            }
        }
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    private static Task<HttpRequestMessage> Get(string path) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, path));

    private static Task<HttpRequestMessage> Json(HttpMethod method, string path, object body) =>
        Task.FromResult(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: ForumJson.Options) });

    private static Task<HttpRequestMessage> Csv(string path, byte[] csv) =>
        Task.FromResult(new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(csv) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } } });

    private static async Task<string?> CodeOfAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return body.Length > 0 && JsonDocument.Parse(body).RootElement.TryGetProperty("code", out var code) ? code.GetString() : $"http.{(int)response.StatusCode}";
    }
}
