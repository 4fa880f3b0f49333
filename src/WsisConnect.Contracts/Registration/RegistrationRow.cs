using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Registration;

/// <summary>One person as the organisers' registration list (or the registration desk) describes them.</summary>
/// <param name="Line">The CSV line the row starts on; 0 when not from a file.</param>
/// <param name="ExternalId">The registration system's id; re-imports match people by it. Null for walk-ins without one.</param>
/// <param name="Sessions">Ids of the sessions the person moderates.</param>
/// <param name="Email">For the organisers' mail merge only; never shown to other people.</param>
[Wire("wsis.RegistrationRow")]
public sealed record RegistrationRow(
    [property: WireMember(0)] int Line,
    [property: WireMember(1)] string? ExternalId,
    [property: WireMember(2)] string Name,
    [property: WireMember(3)] string Organisation,
    [property: WireMember(4)] string Title,
    [property: WireMember(5)] string Country,
    [property: WireMember(6)] StakeholderType StakeholderType,
    [property: WireMember(7)] Participation Participation,
    [property: WireMember(8)] ForumRoles Roles,
    [property: WireMember(9)] string[] Sessions,
    [property: WireMember(10)] string? Email,
    [property: WireMember(11)] string Language);
