using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Registration;

/// <summary>One person as the organisers' registration list (or the registration desk) describes them.</summary>
/// <param name="Line">The CSV line the row starts on; 0 when not from a file.</param>
/// <param name="ExternalId">The registration system's id; re-imports match people by it. Null for walk-ins without one.</param>
/// <param name="Sessions">Ids of the sessions the person moderates.</param>
/// <param name="Email">For the organisers' mail merge only; never shown to other people.</param>
[GenerateSerializer, Immutable, Alias("wsis.RegistrationRow")]
public sealed record RegistrationRow(
    [property: Id(0)] int Line,
    [property: Id(1)] string? ExternalId,
    [property: Id(2)] string Name,
    [property: Id(3)] string Organisation,
    [property: Id(4)] string Title,
    [property: Id(5)] string Country,
    [property: Id(6)] StakeholderType StakeholderType,
    [property: Id(7)] Participation Participation,
    [property: Id(8)] ForumRoles Roles,
    [property: Id(9)] string[] Sessions,
    [property: Id(10)] string? Email,
    [property: Id(11)] string Language);
