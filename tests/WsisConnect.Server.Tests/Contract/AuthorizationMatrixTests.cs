using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WsisConnect.Client;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Questions;
using WsisConnect.Contracts.Realtime;
using WsisConnect.Contracts.Registration;
using WsisConnect.Server.Tests.Errors;
using WsisConnect.Server.Tests.Infrastructure;
using WsisConnect.Server.Tests.Organisers;
using Xunit;

namespace WsisConnect.Server.Tests.Contract;

/// <summary>
/// Every hub method and every HTTP endpoint, called by every role, against a table of what each role may do. The
/// methods come from <see cref="ILiveHub"/> by reflection and the endpoints from the server's OpenAPI document, so
/// a method or endpoint added without an entry here fails this test, as does an entry for one that is gone.
/// </summary>
[Collection(ContractCollection.Name)]
public sealed class AuthorizationMatrixTests(ForumServerFixture server)
{
    private static readonly Role[] SignedInRoles = [Role.Attendee, Role.Remote, Role.OtherModerator, Role.SessionModerator, Role.RegistrationStaff, Role.Organiser];

    private static readonly Dictionary<string, HubCase> HubMethods = new()
    {
        [nameof(ILiveHub.JoinSession)] = new(Expect.SignedIn, (w, me) => me.Live.JoinSession(w.Session.Id)),
        [nameof(ILiveHub.LeaveSession)] = new(Expect.SignedIn, (w, me) => me.Live.LeaveSession(w.Session.Id)),
        [nameof(ILiveHub.WatchAgenda)] = new(Expect.SignedIn, (_, me) => me.Live.WatchAgenda()),
        [nameof(ILiveHub.UnwatchAgenda)] = new(Expect.SignedIn, (_, me) => me.Live.UnwatchAgenda()),
        [nameof(ILiveHub.WatchOperations)] = new(Expect.Organisers, (_, me) => me.Live.WatchOperations()),
        [nameof(ILiveHub.UnwatchOperations)] = new(Expect.SignedIn, (_, me) => me.Live.UnwatchOperations()),
        [nameof(ILiveHub.AskQuestion)] = new(Expect.SignedIn, (w, me) => me.Live.AskQuestion(w.Session.Id, "May I ask this?", anonymous: false)),
        [nameof(ILiveHub.Upvote)] = new(Expect.SignedIn, async (w, me) => await me.Live.Upvote(w.Session.Id, (await w.QuestionAsync()).Id)),
        [nameof(ILiveHub.EditQuestion)] = new(Expect.SignedIn, async (w, me) =>
            await me.Live.EditQuestion(w.Session.Id, (await w.OwnQuestionAsync(me)).Id, "My own question, sharper?")),
        [nameof(ILiveHub.DeleteQuestion)] = new(Expect.SignedIn, async (w, me) =>
            await me.Live.DeleteQuestion(w.Session.Id, (await w.OwnQuestionAsync(me)).Id)),
        [nameof(ILiveHub.WithdrawUpvote)] = new(Expect.SignedIn, async (w, me) =>
        {
            var question = await w.QuestionAsync();
            await me.Live.Upvote(w.Session.Id, question.Id);
            await me.Live.WithdrawUpvote(w.Session.Id, question.Id);
        }),
        [nameof(ILiveHub.Moderate)] = new(Expect.SessionModerators, async (w, me) =>
            await me.Live.Moderate(w.Session.Id, (await w.QuestionAsync()).Id, ModerationAction.MarkAnswered)),
        [nameof(ILiveHub.SetQuestionMode)] = new(Expect.SessionModerators, (w, me) => me.Live.SetQuestionMode(w.Session.Id, QuestionMode.Open)),
        [nameof(ILiveHub.SetSessionStatus)] = new(Expect.SessionModerators, (w, me) => me.Live.SetSessionStatus(w.Session.Id, SessionStatus.Live)),
        [nameof(ILiveHub.ListPolls)] = new(Expect.SignedIn, (w, me) => me.Live.ListPolls(w.Session.Id)),
        [nameof(ILiveHub.CreatePoll)] = new(Expect.SessionModerators, (w, me) =>
            me.Live.CreatePoll(w.Session.Id, new PollDraft("Created by the matrix?", PollKind.SingleChoice, ["yes", "no"]))),
        [nameof(ILiveHub.OpenPoll)] = new(Expect.SessionModerators, async (w, me) => await me.Live.OpenPoll((await w.DraftAsync()).Id)),
        [nameof(ILiveHub.ClosePoll)] = new(Expect.SessionModerators, async (w, me) => await me.Live.ClosePoll((await w.OpenedAsync()).Id)),
        [nameof(ILiveHub.ShowPollResults)] = new(Expect.SessionModerators, (w, me) => me.Live.ShowPollResults(w.OpenPoll.Id)),
        [nameof(ILiveHub.ModeratePollEntry)] = new(Expect.SessionModerators, async (w, me) =>
            await me.Live.ModeratePollEntry(w.TextPoll.Id, await w.EntryAsync(), approve: true)),
        [nameof(ILiveHub.Vote)] = new(Expect.SignedIn, (w, me) => me.Live.Vote(w.OpenPoll.Id, new Ballot([0]))),
        [nameof(ILiveHub.GetLeaderboard)] = new(Expect.SignedIn, (_, me) => me.Live.GetLeaderboard()),
        [nameof(ILiveHub.GetBadge)] = new(Expect.SignedIn, (_, me) => me.Live.GetBadge()),
        [nameof(ILiveHub.RotateBadge)] = new(Expect.SignedIn, (_, me) => me.Live.RotateBadge()),
        [nameof(ILiveHub.ScanBadge)] = new(Expect.SignedIn, (w, me) => me.Live.ScanBadge(w.BadgeToken, "Met at the matrix", ["test"])),
        [nameof(ILiveHub.SendContactRequest)] = new(Expect.SignedIn, (w, me) => me.Live.SendContactRequest(w.Stranger.Id, "Shall we meet?")),
        [nameof(ILiveHub.RespondToContactRequest)] = new(Expect.SignedIn, async (w, me) =>
            await me.Live.RespondToContactRequest((await w.RequestToAsync(me)).Id, RequestStatus.Accepted)),
        [nameof(ILiveHub.SetBlocked)] = new(Expect.SignedIn, (w, me) => me.Live.SetBlocked(w.Stranger.Id, blocked: false)),
        [nameof(ILiveHub.AnnotateContact)] = new(Expect.SignedIn, async (w, me) =>
        {
            await me.Live.ScanBadge(w.BadgeToken, null, null);
            await me.Live.AnnotateContact(w.BadgeOwner.Profile.Id, "A note", ["tag"]);
        }),
        [nameof(ILiveHub.GetContactBook)] = new(Expect.SignedIn, (_, me) => me.Live.GetContactBook()),
        [nameof(ILiveHub.SendMessage)] = new(Expect.SignedIn, async (w, me) =>
        {
            await me.Live.ScanBadge(w.BadgeToken, null, null);
            await me.Live.SendMessage(w.BadgeOwner.Profile.Id, "Hello from the matrix");
        }),
        [nameof(ILiveHub.GetMessages)] = new(Expect.SignedIn, async (w, me) =>
        {
            await me.Live.ScanBadge(w.BadgeToken, null, null);
            await me.Live.GetMessages(w.BadgeOwner.Profile.Id, null, 20);
        }),
        [nameof(ILiveHub.MarkMessagesRead)] = new(Expect.SignedIn, async (w, me) =>
        {
            await me.Live.ScanBadge(w.BadgeToken, null, null);
            await me.Live.MarkMessagesRead(w.BadgeOwner.Profile.Id, 0);
        }),
        [nameof(ILiveHub.GetSuggestions)] = new(Expect.SignedIn, (_, me) => me.Live.GetSuggestions(5)),
        [nameof(ILiveHub.CheckIn)] = new(Expect.SignedIn, (w, me) => me.Live.CheckIn(w.Session.Id, visible: true)),
        [nameof(ILiveHub.CheckOut)] = new(Expect.SignedIn, (w, me) => me.Live.CheckOut(w.Session.Id)),
        [nameof(ILiveHub.GetPresence)] = new(Expect.SignedIn, (w, me) => me.Live.GetPresence(w.Session.Id)),
    };

    /// <summary>Keyed "METHOD /path" as the OpenAPI document names them; runs in <see cref="HttpCase.Phase"/> order.</summary>
    private static readonly Dictionary<string, HttpCase> Endpoints = new()
    {
        ["POST /api/auth/token"] = new(Expect.Public, w => Post("api/auth/token", new { code = w.SpareCode })),
        ["POST /api/auth/register"] = new(Expect.Public, _ => Post("api/auth/register",
            new { name = "Matrix Newcomer", organisation = "Open Schools", country = "GH", stakeholderType = "CivilSociety", language = "en" })),
        ["GET /api/me"] = new(Expect.SignedIn, _ => Get("api/me")),
        ["GET /api/forum"] = new(Expect.Public, _ => Get("api/forum")),
        ["PUT /api/forum/settings"] = new(Expect.Organisers, _ => Put("api/forum/settings", new { selfRegistrationOpen = true })),
        ["GET /api/agenda"] = new(Expect.Public, _ => Get("api/agenda")),
        ["GET /api/sessions/{sessionId}"] = new(Expect.Public, w => Get($"api/sessions/{w.Session.Id}")),
        ["GET /api/sessions/{sessionId}/polls"] = new(Expect.SignedIn, w => Get($"api/sessions/{w.Session.Id}/polls")),
        ["GET /api/polls/{pollId}"] = new(Expect.SignedIn, w => Get($"api/polls/{w.OpenPoll.Id}")),
        ["GET /api/sessions/{sessionId}/questions"] = new(Expect.SignedIn, w => Get($"api/sessions/{w.Session.Id}/questions")),
        ["POST /api/sessions/{sessionId}/questions"] = new(Expect.SignedIn, w => Post($"api/sessions/{w.Session.Id}/questions", new { text = "Asked over HTTP?", anonymous = false })),
        ["GET /api/prizes"] = new(Expect.SignedIn, _ => Get("api/prizes")),
        ["POST /api/prizes/{categoryId}/votes"] = new(Expect.SignedIn, w => Post($"api/prizes/{w.Category.Id}/votes", new { nomineeId = w.Category.Nominees[0].Id })),
        ["GET /api/prizes/{categoryId}/results"] = new(Expect.OrganisersElse(ErrorCodes.PrizeResultsHidden), w => Get($"api/prizes/{w.Category.Id}/results")),
        ["GET /api/leaderboard"] = new(Expect.SignedIn, _ => Get("api/leaderboard")),
        ["GET /api/leaderboard/excluded"] = new(Expect.Organisers, _ => Get("api/leaderboard/excluded")),
        ["PUT /api/leaderboard/excluded/{attendeeId}"] = new(Expect.Organisers, w => Put($"api/leaderboard/excluded/{w.Stranger.Id}", new { excluded = false })),
        ["GET /api/me/profile"] = new(Expect.SignedIn, _ => Get("api/me/profile")),
        ["PUT /api/me/profile"] = new(Expect.SignedIn, _ => Put("api/me/profile", NetworkingProfile.Empty)),
        ["GET /api/people/{personId}"] = new(Expect.SignedIn, w => Get($"api/people/{w.BadgeOwner.Profile.Id}")),
        ["GET /api/directory"] = new(Expect.SignedIn, _ => Get("api/directory?q=Matrix")),
        ["GET /api/me/contacts"] = new(Expect.SignedIn, _ => Get("api/me/contacts")),
        ["GET /api/me/contacts.vcf"] = new(Expect.SignedIn, _ => Get("api/me/contacts.vcf")),
        ["GET /api/me/contacts.csv"] = new(Expect.SignedIn, _ => Get("api/me/contacts.csv")),
        ["GET /api/me/data"] = new(Expect.SignedIn, _ => Get("api/me/data")),
        ["GET /api/me/messages/unread"] = new(Expect.SignedIn, _ => Get("api/me/messages/unread")),
        // The organisers' own: confirming a preview with a bad row reaches the import grain's refusal and replaces nothing.
        ["POST /api/organiser/agenda/imports"] = new(Expect.Organisers, _ =>
            Csv("api/organiser/agenda/imports", OrganiserTargets.AgendaCsv(OrganiserTargets.Unique("matrix")))),
        ["GET /api/organiser/agenda/imports/{importId}"] = new(Expect.Organisers, w => Get($"api/organiser/agenda/imports/{w.Organising.BadAgendaImport}")),
        ["POST /api/organiser/agenda/imports/{importId}/confirm"] = new(Expect.OrganisersRefusedWith(ErrorCodes.ImportHasErrors), w =>
            Post($"api/organiser/agenda/imports/{w.Organising.BadAgendaImport}/confirm", new { skipInvalid = false })),
        ["DELETE /api/organiser/agenda/imports/{importId}"] = new(Expect.Organisers, w => Delete($"api/organiser/agenda/imports/{w.Organising.AgendaImportToDiscard}")),
        ["POST /api/organiser/sessions"] = new(Expect.Organisers, w => Post("api/organiser/sessions", OrganiserTargets.Draft(w.Session, "Added by the matrix"))),
        ["PUT /api/organiser/sessions/{sessionId}"] = new(Expect.Organisers, w =>
            Put($"api/organiser/sessions/{w.Organising.SessionToEdit.Id}", OrganiserTargets.Draft(w.Organising.SessionToEdit, "Edited by the matrix"))),
        ["DELETE /api/organiser/sessions/{sessionId}"] = new(Expect.Organisers, w => Delete($"api/organiser/sessions/{w.Organising.SessionToRemove.Id}")),
        ["POST /api/organiser/rooms"] = new(Expect.Organisers, _ => Post("api/organiser/rooms", new { name = OrganiserTargets.Unique("Matrix room") })),
        ["PUT /api/organiser/rooms/{room}"] = new(Expect.Organisers, w =>
            Put($"api/organiser/rooms/{Uri.EscapeDataString(w.Organising.RoomToRename)}", new { name = OrganiserTargets.Unique("Renamed room") })),
        ["DELETE /api/organiser/rooms/{room}"] = new(Expect.Organisers, w => Delete($"api/organiser/rooms/{Uri.EscapeDataString(w.Organising.RoomToRemove)}")),
        ["POST /api/organiser/registration/imports"] = new(Expect.Organisers, _ =>
            Csv("api/organiser/registration/imports", RegistrationList.Csv([RegistrationList.Row(OrganiserTargets.Unique("MATRIX"), 1)]))),
        ["GET /api/organiser/registration/imports/{importId}"] = new(Expect.Organisers, w =>
            Get($"api/organiser/registration/imports/{w.Organising.BadRegistrationImport}")),
        ["POST /api/organiser/registration/imports/{importId}/confirm"] = new(Expect.OrganisersRefusedWith(ErrorCodes.ImportHasErrors), w =>
            Post($"api/organiser/registration/imports/{w.Organising.BadRegistrationImport}/confirm", new { skipInvalid = false })),
        ["DELETE /api/organiser/registration/imports/{importId}"] = new(Expect.Organisers, w =>
            Delete($"api/organiser/registration/imports/{w.Organising.RegistrationImportToDiscard}")),
        ["GET /api/organiser/registration/codes.csv"] = new(Expect.Organisers, _ => Get("api/organiser/registration/codes.csv")),
        ["GET /api/organiser/people"] = new(Expect.Organisers, _ => Get("api/organiser/people?q=Matrix")),
        ["POST /api/organiser/people/{attendeeId}/code"] = new(Expect.Organisers, w => Post($"api/organiser/people/{w.Organising.PersonToReissue}/code", new { })),
        ["POST /api/organiser/people/{attendeeId}/revoke"] = new(Expect.Organisers, w => Post($"api/organiser/people/{w.Organising.PersonToRevoke}/revoke", new { })),
        ["GET /api/organiser/badges"] = new(Expect.Organisers, _ => Get("api/organiser/badges?q=Matrix&take=5")),
        ["GET /api/organiser/outcome"] = new(Expect.Organisers, _ => Get("api/organiser/outcome")),
        ["GET /api/organiser/outcome.csv"] = new(Expect.Organisers, _ => Get("api/organiser/outcome.csv")),
        ["GET /api/sessions/{sessionId}/outcome"] = new(Expect.SessionModerators, w => Get($"api/sessions/{w.Session.Id}/outcome")),
        ["GET /api/sessions/{sessionId}/outcome.csv"] = new(Expect.SessionModerators, w => Get($"api/sessions/{w.Session.Id}/outcome.csv")),
        ["POST /api/desk/walk-ins"] = new(Expect.RegistrationDesk, _ => Post("api/desk/walk-ins",
            new WalkInRequest("Matrix Walk-in", "Open Schools", null, "GH", StakeholderType.CivilSociety, "en", null, null))),
        // The world's organiser is known to the forum, so setup is over whoever asks, with whatever code.
        ["POST /api/setup"] = new(Expect.Refused(ErrorCodes.SetupDone), _ => Post("api/setup", new SetupRequest("ABCD-EFGH-JKLM", "Late Organiser", "ITU", "CH", null, "en"))),
        // Publishing ends voting and shows the totals to all, so it comes after every vote and results read.
        ["POST /api/prizes/winners"] = new(Expect.Organisers, _ => Post("api/prizes/winners", new { }), Phase: 1),
        // Deleting the account ends the role's identity, so it comes last.
        ["DELETE /api/me"] = new(Expect.SignedIn, _ => new HttpRequestMessage(HttpMethod.Delete, "api/me"), Phase: 2),
    };

    [Fact]
    public void TheTableCoversEveryHubMethodAndNothingElse()
    {
        var contract = typeof(ILiveHub).GetMethods().Select(m => m.Name).ToHashSet();

        Assert.Empty(contract.Except(HubMethods.Keys).Order());
        Assert.Empty(HubMethods.Keys.Except(contract).Order());
    }

    [Fact]
    public async Task EveryHubMethodByEveryRoleIsAllowedOrRefusedAsTheTableSays()
    {
        await using var world = await ContractWorld.CreateAsync(server);
        var mismatches = new List<string>();

        foreach (var role in new[] { Role.Anonymous, Role.Forged })
        {
            // The hub refuses the connection itself, so no method can be called; the table must agree for each.
            var refused = await Assert.ThrowsAsync<LiveHubException>(() => LiveConnection.ConnectAsync(server.BaseAddress, world.TokenOf(role) ?? ""));
            Assert.Equal(ErrorCodes.Unauthenticated, refused.Code);
            mismatches.AddRange(HubMethods.Where(m => m.Value.Expect.For(role) != ErrorCodes.Unauthenticated).Select(m => $"{m.Key} by {role}: the table lets an unauthenticated caller in"));
        }
        foreach (var (method, entry) in HubMethods.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            foreach (var role in SignedInRoles)
            {
                var outcome = await OutcomeAsync(() => entry.Call(world, world.People[role]));
                if (outcome != entry.Expect.For(role))
                {
                    mismatches.Add($"{method} by {role}: expected {entry.Expect.For(role) ?? "success"}, got {outcome ?? "success"}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public async Task EveryEndpointByEveryRoleIsAllowedOrRefusedAsTheTableSays()
    {
        await using var world = await ContractWorld.CreateAsync(server);
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var document = JsonDocument.Parse(await http.GetStringAsync("openapi/v1.json"));
        var described = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .ToHashSet();

        Assert.Empty(described.Except(Endpoints.Keys).Order());
        Assert.Empty(Endpoints.Keys.Except(described).Order());

        var mismatches = new List<string>();
        foreach (var (endpoint, entry) in Endpoints.OrderBy(e => e.Value.Phase).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                using var request = entry.Request(world);
                if (world.TokenOf(role) is { } token)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }
                using var response = await http.SendAsync(request);
                var outcome = response.IsSuccessStatusCode ? null : (await ProblemAssert.TypedAsync(response)).GetProperty("code").GetString();
                if (outcome != entry.Expect.For(role))
                {
                    mismatches.Add($"{endpoint} by {role}: expected {entry.Expect.For(role) ?? "success"}, got {outcome ?? "success"} ({(int)response.StatusCode})");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static async Task<string?> OutcomeAsync(Func<Task> call)
    {
        try
        {
            await call().WaitAsync(Waits.Push);
            return null;
        }
        catch (LiveHubException refused)
        {
            return refused.Code;
        }
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Post(string path, object body) => new(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: ForumJson.Options) };

    private static HttpRequestMessage Put(string path, object body) => new(HttpMethod.Put, path) { Content = JsonContent.Create(body, options: ForumJson.Options) };

    private static HttpRequestMessage Delete(string path) => new(HttpMethod.Delete, path);

    private static HttpRequestMessage Csv(string path, byte[] csv) =>
        new(HttpMethod.Post, path) { Content = new ByteArrayContent(csv) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } } };

    private sealed record HubCase(Expect Expect, Func<ContractWorld, Participant, Task> Call);

    private sealed record HttpCase(Expect Expect, Func<ContractWorld, HttpRequestMessage> Request, int Phase = 0);
}
