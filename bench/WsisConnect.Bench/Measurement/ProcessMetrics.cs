using System.Diagnostics;
using System.Globalization;

namespace WsisConnect.Bench.Measurement;

/// <summary>Resident memory and CPU time of a process, read from /proc (Linux).</summary>
public static class ProcessMetrics
{
    /// <summary>VmRSS of <paramref name="pid"/> in bytes, or null when it cannot be read.</summary>
    public static long? ResidentBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    var kb = line["VmRSS:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return null;
    }

    /// <summary>
    /// RSS once it has settled: samples every 500 ms for at least 2 s, until the last four samples lie within 1% of
    /// each other (or 20 s have passed), and returns their mean. No GC is forced: what is measured is what the
    /// process holds in its steady state, garbage not yet collected included, the same way for every server.
    /// </summary>
    public static async Task<long?> SteadyResidentBytesAsync(int? pid, CancellationToken ct)
    {
        if (pid is not { } id || ResidentBytes(id) is null)
        {
            return null;
        }
        var samples = new List<long>();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (ResidentBytes(id) is { } rss)
            {
                samples.Add(rss);
            }
            if (samples.Count >= 4 && clock.Elapsed >= TimeSpan.FromSeconds(2))
            {
                var last = samples.TakeLast(4).ToArray();
                if (last.Max() - last.Min() <= last.Max() / 100 || clock.Elapsed > TimeSpan.FromSeconds(20))
                {
                    return (long)last.Average();
                }
            }
            await Task.Delay(500, ct);
        }
    }

    /// <summary>User plus system CPU time the process has used so far, or null.</summary>
    public static TimeSpan? CpuTime(int? pid)
    {
        if (pid is not { } id)
        {
            return null;
        }
        try
        {
            using var process = Process.GetProcessById(id);
            return process.TotalProcessorTime;
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The CPU time of several processes together (the nodes of a cluster); null when any cannot be read.</summary>
    public static TimeSpan? CpuTime(IReadOnlyList<int> pids)
    {
        if (pids.Count == 0)
        {
            return null;
        }
        var sum = TimeSpan.Zero;
        foreach (var pid in pids)
        {
            if (CpuTime(pid) is not { } time)
            {
                return null;
            }
            sum += time;
        }
        return sum;
    }

    /// <summary>This process's CPU time so far.</summary>
    public static TimeSpan OwnCpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
