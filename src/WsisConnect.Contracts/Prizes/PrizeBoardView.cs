using WsisConnect.Contracts.Prizes;

namespace WsisConnect.Contracts.Prizes;

/// <summary>The prize categories, whether winners are published, and the caller's votes (category id to nominee id).</summary>
public sealed record PrizeBoardView(PrizeCategory[] Categories, bool WinnersPublished, IReadOnlyDictionary<string, string> MyVotes);
