namespace WsisConnect.Contracts.Leaderboard;

/// <summary>One place on the leaderboard.</summary>
/// <param name="AttendeeId">The person, or null for someone who is not listed in the directory.</param>
/// <param name="Name">Their name, or null for someone who is not listed: the place and points show, never who.</param>
[GenerateSerializer, Immutable, Alias("wsis.LeaderboardEntry")]
public sealed record LeaderboardEntry(
    [property: Id(0)] int Rank,
    [property: Id(1)] string? AttendeeId,
    [property: Id(2)] string? Name,
    [property: Id(3)] long Points);
