namespace WsisConnect.Contracts.Prizes;

/// <summary>A WSIS Prizes category (one per action line, and one per C7 e-application) and its nominees.</summary>
/// <param name="Name">The title in English, shown in any language <paramref name="Names"/> lacks.</param>
/// <param name="Names">
/// The title in other languages, keyed by ISO 639-1 code ("fr", "ar"...); may be empty or lack a language.
/// </param>
[Wire("wsis.PrizeCategory")]
public sealed record PrizeCategory(
    [property: WireMember(0)] string Id,
    [property: WireMember(1)] string Name,
    [property: WireMember(2)] string ActionLine,
    [property: WireMember(3)] Nominee[] Nominees,
    [property: WireMember(4)] IReadOnlyDictionary<string, string>? Names = null);
