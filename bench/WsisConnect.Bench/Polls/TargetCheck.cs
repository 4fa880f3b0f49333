namespace WsisConnect.Bench.Polls;

/// <summary>A target of the issue, what was measured, and whether it was met (null: not measurable in this run).</summary>
public sealed record TargetCheck(string Target, string Measured, bool? Met);
