namespace WsisConnect.Contracts.Leaderboard;

/// <summary>The top of the leaderboard at <paramref name="Version"/>.</summary>
[GenerateSerializer, Immutable, Alias("wsis.LeaderboardTop")]
public sealed record LeaderboardTop(
    [property: Id(0)] LeaderboardEntry[] Top,
    [property: Id(1)] long Version);
