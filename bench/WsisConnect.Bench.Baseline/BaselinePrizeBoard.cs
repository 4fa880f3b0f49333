namespace WsisConnect.Bench.Baseline;

/// <summary>The prize board in WsisConnect's <c>PrizeBoardView</c> shape: categories and the caller's votes.</summary>
public sealed record BaselinePrizeBoard(BaselinePrizeCategory[] Categories, bool WinnersPublished, IReadOnlyDictionary<string, string> MyVotes);
