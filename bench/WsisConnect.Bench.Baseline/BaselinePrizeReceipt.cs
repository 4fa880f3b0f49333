namespace WsisConnect.Bench.Baseline;

/// <summary>A counted vote, in WsisConnect's <c>PrizeVoteReceipt</c> shape.</summary>
public sealed record BaselinePrizeReceipt(string CategoryId, string NomineeId);
