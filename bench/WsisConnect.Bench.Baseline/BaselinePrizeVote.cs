namespace WsisConnect.Bench.Baseline;

/// <summary>The body of <c>POST /api/prizes/{categoryId}/votes</c>, as WsisConnect's <c>PrizeVoteRequest</c>.</summary>
public sealed record BaselinePrizeVote(string? NomineeId);
