using System.Diagnostics;
using System.Globalization;

namespace WsisConnect.Bench.Measurement;

/// <summary>
/// Waits, before each measured run, until the rest of the machine is idle: two cores are shared by the load tool,
/// the server and anything else running, so another build or test run would be measured along with the server.
/// </summary>
public static class QuietMachine
{
    private static readonly TimeSpan Sample = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Needed = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Returns once the machine (this tool's own work aside) has used under 10% of one core for 30 s in a row, or
    /// after <paramref name="limit"/>; returns how long it waited and whether it found quiet.
    /// </summary>
    public static async Task<(TimeSpan Waited, bool Quiet)> WaitAsync(TimeSpan limit, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var quietFor = TimeSpan.Zero;
        while (limit > TimeSpan.Zero)
        {
            var busyBefore = BusyTicks();
            var ownBefore = ProcessMetrics.OwnCpuTime();
            await Task.Delay(Sample, ct);
            var others = (BusyTicks() - busyBefore) / 100.0 - (ProcessMetrics.OwnCpuTime() - ownBefore).TotalSeconds;
            quietFor = others < 0.1 * Sample.TotalSeconds ? quietFor + Sample : TimeSpan.Zero;
            if (quietFor >= Needed)
            {
                return (clock.Elapsed, true);
            }
            if (clock.Elapsed >= limit)
            {
                return (clock.Elapsed, false);
            }
        }
        return (TimeSpan.Zero, true);
    }

    private static long BusyTicks()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return new[] { 1, 2, 3, 6, 7, 8 }.Sum(i => fields.Length > i ? long.Parse(fields[i], CultureInfo.InvariantCulture) : 0);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
