namespace WsisConnect.Contracts.Leaderboard;

/// <summary>The top 10 and the caller's own place (Rank null when they have no points, or are excluded).</summary>
[Wire("wsis.LeaderboardView")]
public sealed record LeaderboardView(
    [property: WireMember(0)] LeaderboardTop Top,
    [property: WireMember(1)] int? MyRank,
    [property: WireMember(2)] long MyPoints);
