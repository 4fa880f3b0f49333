namespace WsisConnect.Bench.Polls;

/// <summary>One poll size: WsisConnect, the baseline, their ratios and the targets.</summary>
public sealed record PollSizeResult(int Voters, PollRunResult Ours, PollRunResult? Baseline, PollRatios? Ratios, IReadOnlyList<TargetCheck> Targets);
