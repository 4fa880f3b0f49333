using WsisConnect.Contracts.Identity;
namespace WsisConnect.Grains.Abstractions.Identity;

/// <summary>Who is asking a grain to act, as established by the server from a verified bearer token.</summary>
[GenerateSerializer, Immutable, Alias("wsis.Caller")]
public sealed record Caller(
    [property: Id(0)] string AttendeeId,
    [property: Id(1)] string Name,
    [property: Id(2)] ForumRoles Roles,
    [property: Id(3)] Participation Participation)
{
    /// <summary>Organisers may act on every session.</summary>
    public bool IsOrganiser => Roles.HasFlag(ForumRoles.Organiser);

    /// <summary>Organisers and registration staff may register walk-ins and print badges.</summary>
    public bool IsRegistrationDesk => IsOrganiser || Roles.HasFlag(ForumRoles.RegistrationStaff);
}
