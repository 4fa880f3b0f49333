using WsisConnect.Contracts.Identity;

namespace WsisConnect.Demo;

/// <summary>The four accounts with fixed codes (docs/http-api.md) that presenters and tests sign in with.</summary>
internal static class DemoFeaturedPeople
{
    public const string OnSiteId = "a00001";
    public const string RemoteId = "a00002";
    public const string ModeratorId = "a00003";
    public const string OrganiserId = "a00004";

    private const string Itu = "International Telecommunication Union (ITU)";

    public static IReadOnlyList<DemoPerson> People { get; } =
    [
        new(new AttendeeProfile(OnSiteId, "Amina Diallo", "Women in Digital Senegal", "Programme Coordinator", "SN",
            StakeholderType.CivilSociety, ForumRoles.Attendee, Participation.OnSite, "en"), "WSIS-SITE-2025")
        { Gender = DemoGender.Woman },
        new(new AttendeeProfile(RemoteId, "Lucas Pereira", "University of São Paulo", "Associate Professor", "BR",
            StakeholderType.Academia, ForumRoles.Attendee, Participation.Remote, "en"), "WSIS-REMO-2025")
        { Gender = DemoGender.Man },
        new(new AttendeeProfile(ModeratorId, "Mei Lin", Itu, "Programme Officer, WSIS Secretariat", "CN",
            StakeholderType.InternationalOrganization, ForumRoles.Attendee | ForumRoles.Moderator,
            Participation.OnSite, "en"), "WSIS-MODR-2025")
        { Gender = DemoGender.Woman },
        new(new AttendeeProfile(OrganiserId, "Jean-Pierre Rochat", Itu, "WSIS Forum Coordinator", "CH",
            StakeholderType.InternationalOrganization, ForumRoles.Attendee | ForumRoles.Organiser,
            Participation.OnSite, "en"), "WSIS-ORGA-2025")
        { Gender = DemoGender.Man },
    ];

    public static IReadOnlyList<FeaturedDemoCode> Codes { get; } =
    [
        Describe("On-site attendee", People[0]),
        Describe("Remote participant", People[1]),
        Describe("Moderator (s001-s005 and more)", People[2]),
        Describe("Organiser", People[3]),
    ];

    private static FeaturedDemoCode Describe(string role, DemoPerson person) =>
        new(role, person.AccessCode, person.Profile.Id, person.Profile.Name);
}
