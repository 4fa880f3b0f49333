namespace WsisConnect.Contracts.Prizes;

/// <summary>A WSIS Prizes category (one per action line, and one per C7 e-application) and its nominees.</summary>
[Wire("wsis.PrizeCategory")]
public sealed record PrizeCategory(
    [property: WireMember(0)] string Id,
    [property: WireMember(1)] string Name,
    [property: WireMember(2)] string ActionLine,
    [property: WireMember(3)] Nominee[] Nominees);
