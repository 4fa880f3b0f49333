using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Networking;

/// <summary>Someone checked in to a session who chose to be visible there.</summary>
[Wire("wsis.PresentPerson")]
public sealed record PresentPerson(
    [property: WireMember(0)] string AttendeeId,
    [property: WireMember(1)] string Name,
    [property: WireMember(2)] Participation Participation);
