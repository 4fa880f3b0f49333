namespace WsisConnect.Contracts.Leaderboard;

/// <summary>The top of the leaderboard at <paramref name="Version"/>.</summary>
[Wire("wsis.LeaderboardTop")]
public sealed record LeaderboardTop(
    [property: WireMember(0)] LeaderboardEntry[] Top,
    [property: WireMember(1)] long Version);
