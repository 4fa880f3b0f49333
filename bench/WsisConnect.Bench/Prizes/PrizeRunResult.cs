using WsisConnect.Bench.Measurement;
using WsisConnect.Bench.Registration;

namespace WsisConnect.Bench.Prizes;

/// <summary>The WSIS Prizes vote run: how many votes, how fast, and whether the organiser's totals match.</summary>
/// <param name="AckedOnRetry">Votes whose first attempt failed in transit and whose retry found them already stored.</param>
/// <param name="VotesPerSecond">Acknowledged votes / time from the first vote sent to the last answer.</param>
/// <param name="Latency">Per request, the successful attempt only.</param>
/// <param name="Timeline">Acknowledged votes per second over consecutive 5-second intervals.</param>
/// <param name="Exact">Every vote acknowledged and every category's totals equal to the acknowledged votes, nominee by nominee.</param>
public sealed record PrizeRunResult(
    string Server,
    string Description,
    int Categories,
    int Nominees,
    int VotesRequested,
    RegistrationSummary Registration,
    int Sent,
    int Acked,
    int AckedOnRetry,
    int Retries,
    IReadOnlyDictionary<string, int> Errors,
    double Seconds,
    double VotesPerSecond,
    LatencySummary Latency,
    CpuUse Cpu,
    IReadOnlyList<double> Timeline,
    double? RssBeforeMiB,
    double? RssAfterMiB,
    IReadOnlyList<CategoryCheck> CategoryChecks,
    bool Exact,
    IReadOnlyList<string> Notes)
{
    /// <summary>Server CPU time per acknowledged vote while sending, in milliseconds; null when the server's pid is unknown.</summary>
    public double? ServerCpuMsPerVote => Cpu.ServerPercent is { } percent && Acked > 0
        ? Math.Round(percent / 100 * Cpu.WallSeconds * 1000 / Acked, 4)
        : null;
}
