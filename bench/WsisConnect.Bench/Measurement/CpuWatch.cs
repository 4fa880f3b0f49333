using System.Diagnostics;
using System.Globalization;

namespace WsisConnect.Bench.Measurement;

/// <summary>CPU used over one phase by the server, by the load tool, and by everything else on the machine.</summary>
public sealed class CpuWatch
{
    // Linux reports /proc/stat in USER_HZ, 100 on every mainstream kernel configuration.
    private const double TicksPerSecond = 100;

    private readonly IReadOnlyList<int> _serverPids;
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly TimeSpan? _serverStart;
    private readonly TimeSpan _ownStart = ProcessMetrics.OwnCpuTime();
    private readonly TimeSpan _ownGcPauseStart = GC.GetTotalPauseDuration();
    private readonly long? _machineStart = MachineBusyTicks();

    private CpuWatch(IReadOnlyList<int> serverPids)
    {
        _serverPids = serverPids;
        _serverStart = ProcessMetrics.CpuTime(serverPids);
    }

    /// <summary>Starts watching.</summary>
    public static CpuWatch Start(int? serverPid) => new(serverPid is { } pid ? [pid] : []);

    /// <summary>Starts watching a server of several processes (the nodes of a cluster), counted together as the server.</summary>
    public static CpuWatch Start(IReadOnlyList<int> serverPids) => new(serverPids);

    /// <summary>The shares since the start.</summary>
    public CpuUse Stop()
    {
        var wall = Stopwatch.GetElapsedTime(_start);
        double? server = ProcessMetrics.CpuTime(_serverPids) is { } end && _serverStart is { } begin ? (end - begin) / wall * 100 : null;
        var own = (ProcessMetrics.OwnCpuTime() - _ownStart) / wall * 100;
        double? machine = MachineBusyTicks() is { } busy && _machineStart is { } busyStart ? (busy - busyStart) / TicksPerSecond / wall.TotalSeconds * 100 : null;
        double? others = machine is { } m ? Math.Max(0, m - own - (server ?? 0)) : null;
        var pause = (GC.GetTotalPauseDuration() - _ownGcPauseStart).TotalMilliseconds;
        return new CpuUse(Math.Round(wall.TotalSeconds, 2), Round(server), Math.Round(own, 0), Round(others), Math.Round(pause, 0));
    }

    private static double? Round(double? percent) => percent is { } p ? Math.Round(p, 0) : null;

    /// <summary>Busy time of all CPUs (user, nice, system, irq, softirq, steal) in USER_HZ ticks, from /proc/stat.</summary>
    private static long? MachineBusyTicks()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            long Field(int i) => fields.Length > i ? long.Parse(fields[i], CultureInfo.InvariantCulture) : 0;
            return Field(1) + Field(2) + Field(3) + Field(6) + Field(7) + Field(8);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
