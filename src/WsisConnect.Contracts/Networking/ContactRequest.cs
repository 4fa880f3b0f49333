namespace WsisConnect.Contracts.Networking;

/// <summary>A request to become contacts, with a short message.</summary>
[GenerateSerializer, Immutable, Alias("wsis.ContactRequest")]
public sealed record ContactRequest(
    [property: Id(0)] string Id,
    [property: Id(1)] string FromId,
    [property: Id(2)] string FromName,
    [property: Id(3)] string ToId,
    [property: Id(4)] string ToName,
    [property: Id(5)] string Message,
    [property: Id(6)] DateTimeOffset SentAt,
    [property: Id(7)] RequestStatus Status);
