namespace WsisConnect.Contracts.Networking;

/// <summary>A person's contacts and requests; only they see it.</summary>
[Wire("wsis.ContactBookView")]
public sealed record ContactBookView(
    [property: WireMember(0)] Contact[] Contacts,
    [property: WireMember(1)] ContactRequest[] Incoming,
    [property: WireMember(2)] ContactRequest[] Outgoing,
    [property: WireMember(3)] string[] Blocked);
