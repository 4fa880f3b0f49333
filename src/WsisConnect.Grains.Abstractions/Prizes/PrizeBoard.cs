using WsisConnect.Contracts.Prizes;
namespace WsisConnect.Grains.Abstractions.Prizes;

/// <summary>The prize categories and where the vote stands.</summary>
[GenerateSerializer, Immutable, Alias("wsis.PrizeBoard")]
public sealed record PrizeBoard(
    [property: Id(0)] PrizeCategory[] Categories,
    [property: Id(1)] bool WinnersPublished);
