namespace WsisConnect.Contracts.Networking;

/// <summary>
/// A person's badge: a signed contact token (for the QR code's link) and a short code to type. Neither is the
/// sign-in code or a bearer token; rotating the badge voids both.
/// </summary>
[GenerateSerializer, Immutable, Alias("wsis.Badge")]
public sealed record Badge(
    [property: Id(0)] string AttendeeId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Token,
    [property: Id(3)] string ShortCode,
    [property: Id(4)] int Version);
