namespace WsisConnect.Contracts.Outcome;

/// <summary>The WSIS Prizes vote: votes per category, and the winners once the organisers have published them.</summary>
[GenerateSerializer, Immutable, Alias("wsis.OutcomePrizes")]
public sealed record OutcomePrizes(
    [property: Id(0)] bool WinnersPublished,
    [property: Id(1)] long Votes,
    [property: Id(2)] OutcomePrizeCategory[] Categories);
