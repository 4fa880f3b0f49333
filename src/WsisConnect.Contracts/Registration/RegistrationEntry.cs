namespace WsisConnect.Contracts.Registration;

/// <summary>What the registration list holds about a person beyond their profile.</summary>
/// <param name="Fingerprint">A hash of the list row as last imported: an identical row changes nothing.</param>
/// <param name="Sessions">Sessions the list says the person moderates.</param>
[GenerateSerializer, Immutable, Alias("wsis.RegistrationEntry")]
public sealed record RegistrationEntry(
    [property: Id(0)] string AttendeeId,
    [property: Id(1)] string? ExternalId,
    [property: Id(2)] PersonSource Source,
    [property: Id(3)] PersonStatus Status,
    [property: Id(4)] string Fingerprint,
    [property: Id(5)] string[] Sessions,
    [property: Id(6)] string? Email,
    [property: Id(7)] DateTimeOffset UpdatedAt);
