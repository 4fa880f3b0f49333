namespace WsisConnect.Bench.Baseline;

/// <summary>A vote as WsisConnect's hub receives it (only single-choice polls are counted here).</summary>
public sealed record BaselineBallot(int[]? Options, int? Rating = null, string? Text = null);
