namespace WsisConnect.Contracts.Outcome;

/// <summary>A prize category's votes; <paramref name="Winners"/> (most votes, ties all win) is empty until the winners are published.</summary>
[Wire("wsis.OutcomePrizeCategory")]
public sealed record OutcomePrizeCategory(
    [property: WireMember(0)] string CategoryId,
    [property: WireMember(1)] string Name,
    [property: WireMember(2)] string ActionLine,
    [property: WireMember(3)] long Votes,
    [property: WireMember(4)] OutcomePrizeWinner[] Winners);
