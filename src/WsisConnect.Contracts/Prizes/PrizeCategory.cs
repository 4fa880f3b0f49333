namespace WsisConnect.Contracts.Prizes;

/// <summary>A WSIS Prizes category (one per action line, and one per C7 e-application) and its nominees.</summary>
[GenerateSerializer, Immutable, Alias("wsis.PrizeCategory")]
public sealed record PrizeCategory(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string ActionLine,
    [property: Id(3)] Nominee[] Nominees);
