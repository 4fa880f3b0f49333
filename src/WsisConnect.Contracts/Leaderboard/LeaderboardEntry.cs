namespace WsisConnect.Contracts.Leaderboard;

/// <summary>One place on the leaderboard.</summary>
[GenerateSerializer, Immutable, Alias("wsis.LeaderboardEntry")]
public sealed record LeaderboardEntry(
    [property: Id(0)] int Rank,
    [property: Id(1)] string AttendeeId,
    [property: Id(2)] string Name,
    [property: Id(3)] long Points);
