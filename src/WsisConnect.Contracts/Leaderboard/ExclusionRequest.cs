namespace WsisConnect.Contracts.Leaderboard;

/// <summary>Whether a person (staff) is left out of the leaderboard.</summary>
public sealed record ExclusionRequest(bool Excluded);
