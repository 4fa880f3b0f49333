namespace WsisConnect.Contracts.Networking;

/// <summary>A request to become contacts, with a short message.</summary>
[Wire("wsis.ContactRequest")]
public sealed record ContactRequest(
    [property: WireMember(0)] string Id,
    [property: WireMember(1)] string FromId,
    [property: WireMember(2)] string FromName,
    [property: WireMember(3)] string ToId,
    [property: WireMember(4)] string ToName,
    [property: WireMember(5)] string Message,
    [property: WireMember(6)] DateTimeOffset SentAt,
    [property: WireMember(7)] RequestStatus Status);
