namespace WsisConnect.Bench.Baseline;

/// <summary>A category's totals, in WsisConnect's <c>PrizeResults</c> shape.</summary>
public sealed record BaselinePrizeResults(string CategoryId, long Votes, BaselineNomineeVotes[] Nominees);
