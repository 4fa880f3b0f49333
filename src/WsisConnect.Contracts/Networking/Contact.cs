namespace WsisConnect.Contracts.Networking;

/// <summary>One of a person's contacts, with the private note and tags only that person sees.</summary>
[Wire("wsis.Contact")]
public sealed record Contact(
    [property: WireMember(0)] string AttendeeId,
    [property: WireMember(1)] string Name,
    [property: WireMember(2)] DateTimeOffset Since,
    [property: WireMember(3)] ContactSource Source,
    [property: WireMember(4)] string Note,
    [property: WireMember(5)] string[] Tags);
