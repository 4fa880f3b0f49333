using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Registration;

/// <summary>A registered person as organisers see them in the people list.</summary>
[GenerateSerializer, Immutable, Alias("wsis.PersonListing")]
public sealed record PersonListing(
    [property: Id(0)] AttendeeProfile Profile,
    [property: Id(1)] string? ExternalId,
    [property: Id(2)] PersonSource Source,
    [property: Id(3)] PersonStatus Status,
    [property: Id(4)] string? Email,
    [property: Id(5)] string[] Sessions);
