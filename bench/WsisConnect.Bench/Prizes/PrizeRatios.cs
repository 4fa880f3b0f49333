namespace WsisConnect.Bench.Prizes;

/// <summary>WsisConnect over the baseline in the same run; null where either figure is missing.</summary>
/// <param name="Throughput">Votes/s, ours / baseline (higher is better for us).</param>
/// <param name="P50">Median latency, ours / baseline (lower is better for us).</param>
/// <param name="P99">p99 latency, ours / baseline (lower is better for us).</param>
/// <param name="CpuPerVote">Server CPU per acknowledged vote, ours / baseline (lower is better for us).</param>
public sealed record PrizeRatios(double? Throughput, double? P50, double? P99, double? CpuPerVote)
{
    /// <summary>The ratios of <paramref name="ours"/> over <paramref name="baseline"/>.</summary>
    public static PrizeRatios Of(PrizeRunResult ours, PrizeRunResult baseline) => new(
        Ratio(ours.VotesPerSecond, baseline.VotesPerSecond),
        Ratio(ours.Latency.P50Ms, baseline.Latency.P50Ms),
        Ratio(ours.Latency.P99Ms, baseline.Latency.P99Ms),
        Ratio(ours.ServerCpuMsPerVote, baseline.ServerCpuMsPerVote));

    private static double? Ratio(double? ours, double? baseline) =>
        ours is { } o && baseline is { } b && b > 0 ? Math.Round(o / b, 2) : null;
}
