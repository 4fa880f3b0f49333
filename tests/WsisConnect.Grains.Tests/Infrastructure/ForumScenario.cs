using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Identity;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Tests.Infrastructure;

/// <summary>Builds the people and sessions a test needs, each with fresh ids so tests never share state.</summary>
public static class ForumScenario
{
    public static Caller Person(string name, Participation participation = Participation.OnSite, ForumRoles roles = ForumRoles.Attendee) =>
        new("a-" + Guid.NewGuid().ToString("N")[..10], name, roles, participation);

    public static Caller Organiser() => Person("Organiser", roles: ForumRoles.Attendee | ForumRoles.Organiser);

    public static SessionDetails Session(QuestionMode mode, params Caller[] moderators)
    {
        var start = new DateTimeOffset(2025, 7, 8, 10, 0, 0, TimeSpan.FromHours(2));
        return new SessionDetails(
            "t" + Guid.NewGuid().ToString("N")[..12],
            "Meaningful connectivity for the last billion",
            "An interactive session on closing the usage gap.",
            SessionFormat.InteractiveSession,
            "CICG Room 2",
            start,
            start.AddMinutes(60),
            ["C2", "C4"],
            [9, 4],
            Track: null,
            Speakers: ["Dr Amina Diallo"],
            ModeratorIds: [.. moderators.Select(m => m.AttendeeId)],
            mode,
            SessionStatus.Live);
    }

    /// <summary>A person on the registration list, as the organisers' import puts them there.</summary>
    public static async Task<Caller> RegisteredAsync(this IGrainFactory grains, string name, Participation participation = Participation.OnSite)
    {
        var person = Person(name, participation);
        await grains.GetGrain<IAttendeeGrain>(person.AttendeeId).RegisterAsync(new AttendeeProfile(person.AttendeeId, name, "Org", "Title", "CH",
            StakeholderType.Academia, ForumRoles.Attendee, participation, "en"));
        return person;
    }

    public static async Task<SessionDetails> PublishAsync(this IGrainFactory grains, SessionDetails session)
    {
        await grains.GetGrain<ISessionGrain>(session.Id).PublishAsync(session);
        return session;
    }
}
