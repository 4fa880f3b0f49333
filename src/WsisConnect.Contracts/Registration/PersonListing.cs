using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Registration;

/// <summary>A registered person as organisers see them in the people list.</summary>
[Wire("wsis.PersonListing")]
public sealed record PersonListing(
    [property: WireMember(0)] AttendeeProfile Profile,
    [property: WireMember(1)] string? ExternalId,
    [property: WireMember(2)] PersonSource Source,
    [property: WireMember(3)] PersonStatus Status,
    [property: WireMember(4)] string? Email,
    [property: WireMember(5)] string[] Sessions);
