namespace WsisConnect.Contracts.Identity;

/// <summary>A registered person as the organisers' registration list (or self-registration) describes them.</summary>
[Wire("wsis.AttendeeProfile")]
public sealed record AttendeeProfile(
    [property: WireMember(0)] string Id,
    [property: WireMember(1)] string Name,
    [property: WireMember(2)] string Organisation,
    [property: WireMember(3)] string Title,
    [property: WireMember(4)] string Country,
    [property: WireMember(5)] StakeholderType StakeholderType,
    [property: WireMember(6)] ForumRoles Roles,
    [property: WireMember(7)] Participation Participation,
    [property: WireMember(8)] string Language);
