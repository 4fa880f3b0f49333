namespace WsisConnect.Contracts.Networking;

/// <summary>
/// A person's badge: a signed contact token (for the QR code's link) and a short code to type. Neither is the
/// sign-in code or a bearer token; rotating the badge voids both.
/// </summary>
[Wire("wsis.Badge")]
public sealed record Badge(
    [property: WireMember(0)] string AttendeeId,
    [property: WireMember(1)] string Name,
    [property: WireMember(2)] string Token,
    [property: WireMember(3)] string ShortCode,
    [property: WireMember(4)] int Version);
