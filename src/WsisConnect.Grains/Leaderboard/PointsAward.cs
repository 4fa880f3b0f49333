using WsisConnect.Contracts.Leaderboard;

namespace WsisConnect.Grains.Leaderboard;

/// <summary>Points to award one person.</summary>
public sealed record PointsAward(string AttendeeId, string Name, PointsKind Kind, int Points);
