using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Identity;

namespace WsisConnect.Demo;

/// <summary>
/// Builds the WSIS Forum 2025 demo: the same seed always gives the same sessions and people. Generated people's
/// access codes are random on every generation (see <see cref="DemoAccessCodes"/>); the featured codes are fixed.
/// </summary>
public static class DemoForumGenerator
{
    private const int PeopleCount = 3000;
    private const int GeneratedModerators = 39;
    private const int GeneratedOrganisers = 3;
    private const int SessionsOfFeaturedModerator = 5;

    private static readonly SessionFormat[] HighLevelFormats =
    [
        SessionFormat.HighLevelPolicySession, SessionFormat.LeadersTalkX, SessionFormat.HighLevelDialogue,
        SessionFormat.MinisterialRoundtable, SessionFormat.RegulatorsRoundtable, SessionFormat.PrizeCeremony,
        SessionFormat.PressBriefing,
    ];

    /// <summary>Generates the forum: about 250 sessions over five days and 3,000 registered people.</summary>
    public static DemoForum Generate(int seed = 2025)
    {
        var random = new Random(seed);
        var registrants = new DemoPeopleFactory(random).Create(PeopleCount);
        var generated = registrants.Skip(DemoFeaturedPeople.People.Count).ToList();
        var onSite = generated.Where(person => person.Person.Profile.Participation == Participation.OnSite).ToList();
        var organisers = Draw(random, onSite.Where(person => person.Person.Profile.Organisation.EndsWith("(ITU)", StringComparison.Ordinal)), GeneratedOrganisers);
        var moderators = Draw(random, onSite.Where(person => !organisers.Contains(person.Id)), GeneratedModerators);
        var roster = new DemoSpeakerRoster(random,
            generated.Where(person => !organisers.Contains(person.Id) && !moderators.Contains(person.Id)).ToList());
        var rota = new DemoModeratorRota(random, moderators);
        var plan = new DemoAgendaPlanner(random).Plan();
        var ended = EndedOnMonday(plan);
        var sessions = plan
            .Select((session, index) => Build(session, index, StatusOf(index, ended), random, roster, rota))
            .ToList();
        var people = registrants.Select(person => person.Person with
        {
            Profile = person.Person.Profile with
            {
                Roles = person.Person.Profile.Roles
                    | (organisers.Contains(person.Id) ? ForumRoles.Organiser : ForumRoles.None)
                    | (moderators.Contains(person.Id) ? ForumRoles.Moderator : ForumRoles.None)
                    | (roster.SpeakerIds.Contains(person.Id) ? ForumRoles.Speaker : ForumRoles.None),
            },
        }).ToList();
        return new DemoForum(sessions, people);
    }

    private static SessionDetails Build(
        DemoPlannedSession session, int index, SessionStatus status, Random random,
        DemoSpeakerRoster roster, DemoModeratorRota rota)
    {
        var highLevel = HighLevelFormats.Contains(session.Format);
        IReadOnlyList<string> moderatorIds = index switch
        {
            < SessionsOfFeaturedModerator => [DemoFeaturedPeople.ModeratorId],
            // The featured moderator also runs every twentieth session, so her account has a busy week to show.
            _ when (index + 1) % 20 == 0 => [DemoFeaturedPeople.ModeratorId, .. rota.Assign(session.Slot, 1)],
            _ => rota.Assign(session.Slot, highLevel || random.NextDouble() < 0.25 ? 2 : 1),
        };
        var questionMode = highLevel || random.NextDouble() < 0.08 ? QuestionMode.PreModerated : QuestionMode.Open;
        return new SessionDetails(
            $"s{index + 1:D3}",
            session.Title,
            session.Description,
            session.Format,
            session.Slot.Room.Name,
            session.Slot.StartsAt,
            session.Slot.EndsAt,
            [.. session.ActionLines],
            [.. session.Sdgs],
            session.Track,
            [.. roster.Cast(session.Format, session.Track, session.Host)],
            [.. moderatorIds],
            questionMode,
            status);
    }

    // A Monday caught in the act: s002 and s003 are running, a few other Monday sessions are over, and the opening
    // (s001, with s004 and s005) is left Scheduled so a presenter can start it from the moderator account.
    private static SessionStatus StatusOf(int index, HashSet<int> ended) => index switch
    {
        1 or 2 => SessionStatus.Live,
        _ when ended.Contains(index) => SessionStatus.Ended,
        _ => SessionStatus.Scheduled,
    };

    private static HashSet<int> EndedOnMonday(IReadOnlyList<DemoPlannedSession> plan) =>
    [
        .. plan
            .Select((session, index) => (session.Slot, index))
            .Where(entry => entry.index >= SessionsOfFeaturedModerator && entry.Slot.Day == 0 && entry.Slot.End <= new TimeOnly(12, 45))
            .Select(entry => entry.index)
            .Take(5),
    ];

    private static string[] Draw(Random random, IEnumerable<DemoRegistrant> candidates, int count)
    {
        var pool = candidates.Select(person => person.Id).ToArray();
        random.Shuffle(pool);
        return pool[..Math.Min(count, pool.Length)];
    }
}
