namespace WsisConnect.Contracts.Outcome;

/// <summary>The WSIS Prizes vote: votes per category, and the winners once the organisers have published them.</summary>
[Wire("wsis.OutcomePrizes")]
public sealed record OutcomePrizes(
    [property: WireMember(0)] bool WinnersPublished,
    [property: WireMember(1)] long Votes,
    [property: WireMember(2)] OutcomePrizeCategory[] Categories);
