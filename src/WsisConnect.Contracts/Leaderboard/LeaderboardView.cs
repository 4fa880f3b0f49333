namespace WsisConnect.Contracts.Leaderboard;

/// <summary>The top 10 and the caller's own place (Rank null when they have no points, or are excluded).</summary>
[GenerateSerializer, Immutable, Alias("wsis.LeaderboardView")]
public sealed record LeaderboardView(
    [property: Id(0)] LeaderboardTop Top,
    [property: Id(1)] int? MyRank,
    [property: Id(2)] long MyPoints);
