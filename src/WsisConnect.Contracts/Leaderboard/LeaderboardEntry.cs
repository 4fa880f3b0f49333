namespace WsisConnect.Contracts.Leaderboard;

/// <summary>One place on the leaderboard.</summary>
/// <param name="AttendeeId">The person, or null for someone who is not listed in the directory.</param>
/// <param name="Name">Their name, or null for someone who is not listed: the place and points show, never who.</param>
[Wire("wsis.LeaderboardEntry")]
public sealed record LeaderboardEntry(
    [property: WireMember(0)] int Rank,
    [property: WireMember(1)] string? AttendeeId,
    [property: WireMember(2)] string? Name,
    [property: WireMember(3)] long Points);
