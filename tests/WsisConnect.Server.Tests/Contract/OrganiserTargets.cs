using System.Text;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Questions;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Registration;
using WsisConnect.Server.Tests.Infrastructure;
using WsisConnect.Server.Tests.Organisers;

namespace WsisConnect.Server.Tests.Contract;

/// <summary>
/// What the organisers' endpoints are called about in the matrix: previews with a bad row (confirming one is
/// refused, so neither the agenda nor the registration list is replaced), and one resource for each call that uses
/// its resource up (a preview to discard, a session and a room to remove, a person to revoke and one to reissue),
/// refused to every other role before the organiser's call, which comes last. Imports are previewed through the
/// real endpoints (only they read files); the rest is arranged through the grains.
/// </summary>
public sealed record OrganiserTargets(
    string BadAgendaImport,
    string AgendaImportToDiscard,
    string BadRegistrationImport,
    string RegistrationImportToDiscard,
    SessionDetails SessionToEdit,
    SessionDetails SessionToRemove,
    string RoomToRename,
    string RoomToRemove,
    string PersonToReissue,
    string PersonToRevoke)
{
    public static async Task<OrganiserTargets> CreateAsync(ForumServerFixture server, Participant organiser)
    {
        var api = organiser.Api;
        var caller = new Caller(organiser.Profile.Id, organiser.Profile.Name, organiser.Profile.Roles, organiser.Profile.Participation);
        var agenda = server.Grains.GetGrain<IAgendaGrain>(ForumKeys.Forum);
        var roomToRename = Unique("Matrix room");
        var roomToRemove = Unique("Matrix room");
        await agenda.AddRoomAsync(caller, roomToRename);
        await agenda.AddRoomAsync(caller, roomToRemove);
        return new OrganiserTargets(
            (await api.ImportAgendaAsync(new MemoryStream(AgendaCsv(Unique("bad"), actionLine: "C99")), "text/csv")).Id,
            (await api.ImportAgendaAsync(new MemoryStream(AgendaCsv(Unique("discard"))), "text/csv")).Id,
            (await api.ImportRegistrationAsync(new MemoryStream(RegistrationList.Csv(["BAD-1,Bad,Row,Org,Atlantis,Academia,On site,,,"])))).Id,
            (await api.ImportRegistrationAsync(new MemoryStream(RegistrationList.Csv([RegistrationList.Row(Unique("DISCARD"), 1)])))).Id,
            await server.CreateSessionAsync(QuestionMode.Open),
            await server.CreateSessionAsync(QuestionMode.Open),
            roomToRename,
            roomToRemove,
            await PersonAsync(server, "Matrix Reissued"),
            await PersonAsync(server, "Matrix Revoked"));
    }

    /// <summary>An agenda CSV of one session.</summary>
    public static byte[] AgendaCsv(string id, string actionLine = "C1") =>
        Encoding.UTF8.GetBytes($"id,title,day,start,end,room,format,action lines\n{id},Matrix session,2026-07-08,10:00,11:00,Matrix Room,Workshop,{actionLine}\n");

    /// <summary>A valid session as an organiser edits it by hand.</summary>
    public static SessionDraft Draft(SessionDetails session, string title) =>
        new(title, "", SessionFormat.ThematicWorkshop, "Matrix Room", session.Start, session.End, ["C4"], [4], null, [], [], QuestionMode.Open);

    /// <summary><paramref name="prefix"/> and a few random characters.</summary>
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>Someone on the registration list (not only an account), as organisers reissue and revoke.</summary>
    private static async Task<string> PersonAsync(ForumServerFixture server, string name)
    {
        var row = new RegistrationRow(0, null, name, "Org", "", "CH", StakeholderType.Academia, Participation.OnSite, ForumRoles.Attendee, [], null, "en");
        var registered = await server.Grains.GetGrain<IRegistrationGrain>(ForumKeys.Forum).RegisterAsync(null, new NewPerson(row, PersonSource.Self, null, null));
        return registered.Profile.Id;
    }
}
