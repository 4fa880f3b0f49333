namespace WsisConnect.Bench.Baseline;

/// <summary>One nominee's votes, in WsisConnect's <c>NomineeVotes</c> shape.</summary>
public sealed record BaselineNomineeVotes(string NomineeId, long Votes);
