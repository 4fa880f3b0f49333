namespace WsisConnect.Contracts.Networking;

/// <summary>A person's contacts and requests; only they see it.</summary>
[GenerateSerializer, Immutable, Alias("wsis.ContactBookView")]
public sealed record ContactBookView(
    [property: Id(0)] Contact[] Contacts,
    [property: Id(1)] ContactRequest[] Incoming,
    [property: Id(2)] ContactRequest[] Outgoing,
    [property: Id(3)] string[] Blocked);
