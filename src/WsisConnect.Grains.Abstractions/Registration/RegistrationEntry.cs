using WsisConnect.Contracts.Registration;
namespace WsisConnect.Grains.Abstractions.Registration;

/// <summary>What the registration list holds about a person beyond their profile.</summary>
/// <param name="Fingerprint">A hash of the list row as last imported: an identical row changes nothing.</param>
/// <param name="Sessions">Sessions the list says the person moderates.</param>
/// <param name="CreatedBy">The operation that registered the person at the desk or at setup, if its client named one:
/// a retry of it returns this person rather than registering another.</param>
/// <param name="ReissuedBy">The operation that issued the person's current code, if an organiser's reissue named one: a
/// retry of it returns that code rather than voiding it with another.</param>
[GenerateSerializer, Immutable, Alias("wsis.RegistrationEntry")]
public sealed record RegistrationEntry(
    [property: Id(0)] string AttendeeId,
    [property: Id(1)] string? ExternalId,
    [property: Id(2)] PersonSource Source,
    [property: Id(3)] PersonStatus Status,
    [property: Id(4)] string Fingerprint,
    [property: Id(5)] string[] Sessions,
    [property: Id(6)] string? Email,
    [property: Id(7)] DateTimeOffset UpdatedAt,
    [property: Id(8)] string? CreatedBy = null,
    [property: Id(9)] string? ReissuedBy = null);
