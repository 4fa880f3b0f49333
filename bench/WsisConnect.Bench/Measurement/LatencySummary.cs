namespace WsisConnect.Bench.Measurement;

/// <summary>Percentiles (nearest rank) of a set of durations in milliseconds.</summary>
public sealed record LatencySummary(int Count, double MeanMs, double P50Ms, double P95Ms, double P99Ms, double MaxMs)
{
    /// <summary>The summary of <paramref name="millis"/> (sorted in place); all zeros when empty.</summary>
    public static LatencySummary Of(double[] millis)
    {
        if (millis.Length == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }
        Array.Sort(millis);
        double Rank(double p) => millis[Math.Clamp((int)Math.Ceiling(p * millis.Length) - 1, 0, millis.Length - 1)];
        return new LatencySummary(millis.Length, Round(millis.Average()), Round(Rank(0.50)), Round(Rank(0.95)), Round(Rank(0.99)), Round(millis[^1]));
    }

    private static double Round(double ms) => Math.Round(ms, 1);
}
