using WsisConnect.Bench.Measurement;

namespace WsisConnect.Bench.Dashboard;

/// <summary>One phase of a run: the same background, with <paramref name="Watchers"/> dashboards open.</summary>
/// <param name="ServerPercent">The server's CPU over the phase, in percent of one core (to 0.01).</param>
/// <param name="Cpu">CPU over the phase (server, load tool, everything else).</param>
/// <param name="Actions">Background writes acknowledged during the phase.</param>
/// <param name="Pulses">Pulses the watchers received during the phase (all of them together).</param>
/// <param name="PulseBytes">Their JSON bytes.</param>
/// <param name="LoadAverage">The machine's load averages (<c>uptime</c>) when the phase began (merged phases: each one's 1-minute figure).</param>
public sealed record DashboardPhase(int Watchers, double? ServerPercent, CpuUse Cpu, long Actions, long Pulses, long PulseBytes, string LoadAverage)
{
    /// <summary>The phases of one watcher count in one run as one: CPU and rates over their summed time.</summary>
    public static DashboardPhase Merge(IEnumerable<DashboardPhase> phases)
    {
        var all = phases.ToArray();
        var wall = all.Sum(p => p.Cpu.WallSeconds);
        double Mean(Func<DashboardPhase, double?> of) => Math.Round(all.Sum(p => (of(p) ?? 0) * p.Cpu.WallSeconds) / wall, 2);
        double? server = all.All(p => p.ServerPercent is not null) ? Mean(p => p.ServerPercent) : null;
        var cpu = new CpuUse(Math.Round(wall, 2), server, Math.Round(Mean(p => p.Cpu.LoadToolPercent), 0),
            all.All(p => p.Cpu.OthersPercent is not null) ? Math.Round(Mean(p => p.Cpu.OthersPercent), 0) : null, all.Sum(p => p.Cpu.LoadToolGcPauseMs));
        return new DashboardPhase(all[0].Watchers, server, cpu, all.Sum(p => p.Actions), all.Sum(p => p.Pulses), all.Sum(p => p.PulseBytes),
            string.Join(" / ", all.Select(p => p.LoadAverage.Split(',')[0])));
    }

    /// <summary>Background writes per second over the phase.</summary>
    public double ActionsPerSecond => Cpu.WallSeconds > 0 ? Math.Round(Actions / Cpu.WallSeconds, 1) : 0;

    /// <summary>Pulses per watcher per second.</summary>
    public double PulsesPerWatcherSecond => Watchers > 0 && Cpu.WallSeconds > 0 ? Math.Round(Pulses / (double)Watchers / Cpu.WallSeconds, 2) : 0;

    /// <summary>Mean bytes of one pulse.</summary>
    public double BytesPerPulse => Pulses > 0 ? Math.Round(PulseBytes / (double)Pulses, 0) : 0;
}
