namespace WsisConnect.Contracts.Outcome;

/// <summary>A prize category's votes; <paramref name="Winners"/> (most votes, ties all win) is empty until the winners are published.</summary>
[GenerateSerializer, Immutable, Alias("wsis.OutcomePrizeCategory")]
public sealed record OutcomePrizeCategory(
    [property: Id(0)] string CategoryId,
    [property: Id(1)] string Name,
    [property: Id(2)] string ActionLine,
    [property: Id(3)] long Votes,
    [property: Id(4)] OutcomePrizeWinner[] Winners);
