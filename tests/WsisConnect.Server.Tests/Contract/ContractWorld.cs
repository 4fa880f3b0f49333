using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Prizes;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Contacts;
using WsisConnect.Grains.Abstractions.Forum;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Polls;
using WsisConnect.Grains.Abstractions.Prizes;
using WsisConnect.Grains.Abstractions.Questions;
using WsisConnect.Server.Tests.Infrastructure;

namespace WsisConnect.Server.Tests.Contract;

/// <summary>
/// The people, sessions, polls and prizes the generated tests call against: one signed-in person per role, a
/// session the session moderator runs and another the other moderator runs, open polls, a prize category, and
/// helpers who send requests, own badges and answer polls, and what the organisers' endpoints are called about
/// (<see cref="Organising"/>). Arrangements go straight to the grains, as the organisers' tools would; every call
/// under test goes through the real server.
/// </summary>
public sealed class ContractWorld : IAsyncDisposable
{
    private ContractWorld(ForumServerFixture server) => Server = server;

    public ForumServerFixture Server { get; }

    /// <summary>The signed-in person of each role but <see cref="Role.Anonymous"/> and <see cref="Role.Forged"/>.</summary>
    public Dictionary<Role, Participant> People { get; } = [];

    /// <summary>A token signed with a key the server does not know.</summary>
    public string ForgedToken { get; private set; } = "";

    public SessionDetails Session { get; private set; } = null!;

    public SessionDetails OtherSession { get; private set; } = null!;

    public PollDetails OpenPoll { get; private set; } = null!;

    public PollDetails TextPoll { get; private set; } = null!;

    public PrizeCategory Category { get; private set; } = null!;

    /// <summary>Someone whose badge the roles scan, and so a contact of each.</summary>
    public Participant BadgeOwner { get; private set; } = null!;

    public string BadgeToken { get; private set; } = "";

    /// <summary>Someone who sends each role a contact request.</summary>
    public AttendeeProfile Requester { get; private set; } = null!;

    /// <summary>Someone the roles look up, send requests to and block.</summary>
    public AttendeeProfile Stranger { get; private set; } = null!;

    /// <summary>A registered person's access code, for sign-in calls.</summary>
    public string SpareCode { get; private set; } = "";

    /// <summary>Imports, sessions, rooms and people for the organisers' endpoints.</summary>
    public OrganiserTargets Organising { get; private set; } = null!;

    private Caller Moderator => ToCaller(People[Role.SessionModerator].Profile);

    public static async Task<ContractWorld> CreateAsync(ForumServerFixture server)
    {
        var world = new ContractWorld(server);
        await world.ArrangeAsync();
        return world;
    }

    /// <summary>The token <paramref name="role"/> calls with; null for none.</summary>
    public string? TokenOf(Role role) => role switch
    {
        Role.Anonymous => null,
        Role.Forged => ForgedToken,
        _ => People[role].Token,
    };

    /// <summary>A question asked by a helper, approved (the session is open).</summary>
    public Task<QuestionView> QuestionAsync() =>
        Server.Grains.GetGrain<IQuestionQueueGrain>(Session.Id).AskAsync(Helper(), "A question to act on?", anonymous: false);

    /// <summary>
    /// A question <paramref name="asker"/> asked themselves, for the asker's edit and delete (with AskQuestion's own case,
    /// three asks per person: the limit the test server allows in a minute).
    /// </summary>
    public Task<QuestionView> OwnQuestionAsync(Participant asker) =>
        Server.Grains.GetGrain<IQuestionQueueGrain>(Session.Id).AskAsync(ToCaller(asker.Profile), "My own question?", anonymous: false);

    /// <summary>A draft poll of the session.</summary>
    public Task<PollDetails> DraftAsync() =>
        Server.Grains.GetGrain<ISessionPollsGrain>(Session.Id).CreateAsync(Moderator, new PollDraft("Draft?", PollKind.SingleChoice, ["a", "b"]));

    /// <summary>An open poll of the session.</summary>
    public async Task<PollDetails> OpenedAsync() => await Server.Grains.GetGrain<IPollGrain>((await DraftAsync()).Id).OpenAsync(Moderator);

    /// <summary>An open-text answer in <see cref="TextPoll"/>, from a helper.</summary>
    public async Task<string> EntryAsync()
    {
        var helper = Helper();
        await Server.Grains.GetGrain<IPollPartitionGrain>(PollPartitionKey.For(TextPoll.Id, helper.AttendeeId).ToGrainKey())
            .VoteAsync(helper, new Ballot([], Text: "An answer to moderate"));
        var view = await Server.Grains.GetGrain<IPollGrain>(TextPoll.Id).GetAsync(Moderator);
        return view.Results!.Entries.Last().Id;
    }

    /// <summary>A pending contact request from <see cref="Requester"/> to <paramref name="to"/>.</summary>
    public Task<ContactRequest> RequestToAsync(Participant to) =>
        Server.Grains.GetGrain<IContactBookGrain>(Requester.Id).SendRequestAsync(ToCaller(Requester), to.Profile.Id, "Shall we meet?");

    public async ValueTask DisposeAsync()
    {
        foreach (var person in People.Values)
        {
            await person.DisposeAsync();
        }
        await BadgeOwner.DisposeAsync();
    }

    private async Task ArrangeAsync()
    {
        People[Role.Attendee] = await Server.SignInAsync("Matrix Attendee", Participation.OnSite);
        People[Role.Remote] = await Server.SignInAsync("Matrix Remote", Participation.Remote);
        People[Role.OtherModerator] = await Server.SignInAsync("Matrix Other Moderator", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        People[Role.SessionModerator] = await Server.SignInAsync("Matrix Session Moderator", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        People[Role.RegistrationStaff] = await Server.SignInAsync("Matrix Desk", roles: ForumRoles.Attendee | ForumRoles.RegistrationStaff);
        People[Role.Organiser] = await Server.SignInAsync("Matrix Organiser", roles: ForumRoles.Attendee | ForumRoles.Organiser);
        // Registered straight through the grains, the organiser is not known to the forum's setup: this is.
        await Server.Grains.GetGrain<IForumGrain>(ForumKeys.Forum).MarkOrganiserAsync();
        ForgedToken = new JsonWebTokenForger().Forge(People[Role.Organiser].Profile.Id, People[Role.Organiser].Profile.Name);
        Session = await Server.CreateSessionAsync(QuestionMode.Open, People[Role.SessionModerator]);
        OtherSession = await Server.CreateSessionAsync(QuestionMode.Open, People[Role.OtherModerator]);
        OpenPoll = await OpenedAsync();
        TextPoll = await Server.Grains.GetGrain<IPollGrain>((await Server.Grains.GetGrain<ISessionPollsGrain>(Session.Id)
            .CreateAsync(Moderator, new PollDraft("Your advice?", PollKind.OpenText, []))).Id).OpenAsync(Moderator);
        Category = new PrizeCategory("m-" + Guid.NewGuid().ToString("N")[..8], "C4 Capacity building", "C4",
            [new Nominee("m-n1", "Coding clubs", "Open Schools", "GH"), new Nominee("m-n2", "Digital skills buses", "Skills on Wheels", "PE")]);
        await Server.Grains.GetGrain<IPrizesGrain>(ForumKeys.Forum).PublishCategoriesAsync(ToCaller(People[Role.Organiser].Profile), [Category]);
        BadgeOwner = await Server.SignInAsync("Matrix Badge Owner");
        BadgeToken = (await BadgeOwner.Live.GetBadge()).Token;
        Requester = (await Server.RegisterPersonAsync("Matrix Requester")).Profile;
        Stranger = (await Server.RegisterPersonAsync("Matrix Stranger")).Profile;
        SpareCode = (await Server.RegisterPersonAsync("Matrix Spare")).Code;
        Organising = await OrganiserTargets.CreateAsync(Server, People[Role.Organiser]);
    }

    private static Caller Helper() => new("h" + Guid.NewGuid().ToString("N")[..10], "Helper", ForumRoles.Attendee, Participation.OnSite);

    private static Caller ToCaller(AttendeeProfile profile) => new(profile.Id, profile.Name, profile.Roles, profile.Participation);
}
