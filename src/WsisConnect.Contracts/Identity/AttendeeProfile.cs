namespace WsisConnect.Contracts.Identity;

/// <summary>A registered person as the organisers' registration list (or self-registration) describes them.</summary>
[GenerateSerializer, Immutable, Alias("wsis.AttendeeProfile")]
public sealed record AttendeeProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Organisation,
    [property: Id(3)] string Title,
    [property: Id(4)] string Country,
    [property: Id(5)] StakeholderType StakeholderType,
    [property: Id(6)] ForumRoles Roles,
    [property: Id(7)] Participation Participation,
    [property: Id(8)] string Language);
