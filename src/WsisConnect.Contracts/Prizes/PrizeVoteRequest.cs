namespace WsisConnect.Contracts.Prizes;

/// <summary>A vote for a nominee.</summary>
public sealed record PrizeVoteRequest(string? NomineeId);
