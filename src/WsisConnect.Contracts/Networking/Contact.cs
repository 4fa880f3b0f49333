namespace WsisConnect.Contracts.Networking;

/// <summary>One of a person's contacts, with the private note and tags only that person sees.</summary>
[GenerateSerializer, Immutable, Alias("wsis.Contact")]
public sealed record Contact(
    [property: Id(0)] string AttendeeId,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset Since,
    [property: Id(3)] ContactSource Source,
    [property: Id(4)] string Note,
    [property: Id(5)] string[] Tags);
