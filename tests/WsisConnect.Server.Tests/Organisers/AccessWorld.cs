using System.Text;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Questions;
using WsisConnect.Contracts.Registration;
using WsisConnect.Server.Tests.Infrastructure;

namespace WsisConnect.Server.Tests.Organisers;

/// <summary>The people and things the organisers' access table calls about; arranged through the grains and the real endpoints.</summary>
public sealed class AccessWorld
{
    private readonly OrganiserServerFixture _server;
    private Caller _organiser = null!;

    private AccessWorld(OrganiserServerFixture server) => _server = server;

    public Dictionary<AccessRole, Participant> People { get; } = [];

    public SessionDetails Session { get; private set; } = null!;

    /// <summary>An agenda import whose preview has an error (so confirming it is refused, and changes nothing).</summary>
    public string BadAgendaImport { get; private set; } = "";

    /// <summary>A registration import whose preview has an error.</summary>
    public string BadRegistrationImport { get; private set; } = "";

    public static async Task<AccessWorld> CreateAsync(OrganiserServerFixture server)
    {
        var world = new AccessWorld(server);
        world.People[AccessRole.Attendee] = await server.SignInAsync("Access Attendee");
        world.People[AccessRole.Remote] = await server.SignInAsync("Access Remote", Participation.Remote);
        world.People[AccessRole.Moderator] = await server.SignInAsync("Access Moderator", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        world.People[AccessRole.RegistrationStaff] = await server.SignInAsync("Access Desk", roles: ForumRoles.Attendee | ForumRoles.RegistrationStaff);
        world.People[AccessRole.Organiser] = await server.SignInAsync("Access Organiser", roles: ForumRoles.Attendee | ForumRoles.Organiser);
        var organiser = world.People[AccessRole.Organiser].Profile;
        world._organiser = new Caller(organiser.Id, organiser.Name, organiser.Roles, organiser.Participation);
        world.Session = await server.CreateSessionAsync(QuestionMode.PreModerated, world.People[AccessRole.Moderator]);
        var api = await server.OrganiserAsync();
        world.BadAgendaImport = (await api.ImportAgendaAsync(new MemoryStream(AgendaCsv("bad", "C99")), "text/csv")).Id;
        world.BadRegistrationImport = (await api.ImportRegistrationAsync(new MemoryStream(RegistrationList.Csv(["BAD-1,Bad,Row,Org,Atlantis,Academia,On site,,,"])))).Id;
        return world;
    }

    /// <summary>The token <paramref name="role"/> calls with; null for none.</summary>
    public string? TokenOf(AccessRole role) => role == AccessRole.Anonymous ? null : People[role].Token;

    /// <summary>An agenda CSV of one session.</summary>
    public static byte[] AgendaCsv(string id, string actionLine = "C1") =>
        Encoding.UTF8.GetBytes($"id,title,day,start,end,room,format,action lines\n{id},Access table session,2026-07-08,10:00,11:00,Room Z,Workshop,{actionLine}\n");

    /// <summary>A fresh agenda import, previewed.</summary>
    public async Task<string> AgendaImportAsync() =>
        (await (await _server.OrganiserAsync()).ImportAgendaAsync(new MemoryStream(AgendaCsv("fresh")), "text/csv")).Id;

    /// <summary>A fresh registration import, previewed.</summary>
    public async Task<string> RegistrationImportAsync() =>
        (await (await _server.OrganiserAsync()).ImportRegistrationAsync(new MemoryStream(RegistrationList.Csv([RegistrationList.Row("FRESH", 1)])))).Id;

    /// <summary>A fresh room.</summary>
    public async Task<string> RoomAsync()
    {
        var name = "Room " + Guid.NewGuid().ToString("N")[..8];
        await _server.Grains.GetGrain<IAgendaGrain>(ForumKeys.Forum).AddRoomAsync(_organiser, name);
        return name;
    }

    /// <summary>A freshly registered person.</summary>
    public async Task<string> PersonAsync()
    {
        var row = new RegistrationRow(0, null, "Access Person", "Org", "", "CH", StakeholderType.Academia, Participation.OnSite, ForumRoles.Attendee, [], null, "en");
        return (await _server.Grains.GetGrain<IRegistrationGrain>(ForumKeys.Forum).RegisterAsync(null, new NewPerson(row, PersonSource.Self, null, null))).Profile.Id;
    }

    /// <summary>A question in <see cref="Session"/>, from someone else.</summary>
    public Task<QuestionView> QuestionAsync() =>
        _server.Grains.GetGrain<IQuestionQueueGrain>(Session.Id).AskAsync(new Caller("h" + Guid.NewGuid().ToString("N")[..10], "Helper", ForumRoles.Attendee, Participation.OnSite),
            "A question to approve?", anonymous: false);

    /// <summary>A valid session draft.</summary>
    public SessionDraft Draft(string title) => new(title, "", SessionFormat.ThematicWorkshop, "Room Z", Session.Start, Session.End, ["C4"], [4], null, [], [], QuestionMode.Open);
}
