namespace WsisConnect.Chaos;

/// <summary>How long the load runs, how many people make it, and the faults injected meanwhile.</summary>
public sealed record ChaosPlan(TimeSpan Load, int People, IReadOnlyList<ChaosEvent> Events)
{
    /// <summary>
    /// The scenario, scaled to <paramref name="load"/>: a node killed and restarted twice, and the store paused
    /// for 12 s once, spread over the run.
    /// </summary>
    public static ChaosPlan Standard(TimeSpan load, int people) => new(load, people,
    [
        new(load * 0.12, ChaosAction.KillNode, Node: 1),
        new(load * 0.22, ChaosAction.RestartNode, Node: 1),
        new(load * 0.38, ChaosAction.PauseStore, Duration: TimeSpan.FromSeconds(12)),
        new(load * 0.62, ChaosAction.KillNode, Node: 2),
        new(load * 0.72, ChaosAction.RestartNode, Node: 2),
    ]);

    /// <summary>
    /// A longer run for figures: the standard faults repeated every <paramref name="cycle"/>, killing the nodes in turn
    /// (never the first, which the load balancer and the checks need no more than the others).
    /// </summary>
    public static ChaosPlan Repeated(TimeSpan load, int people, TimeSpan cycle)
    {
        var events = new List<ChaosEvent>();
        var round = 0;
        for (var start = TimeSpan.Zero; start + cycle <= load; start += cycle, round++)
        {
            var node = 1 + round % 2;
            events.Add(new(start + cycle * 0.10, ChaosAction.KillNode, node));
            events.Add(new(start + cycle * 0.30, ChaosAction.RestartNode, node));
            if (round % 2 == 0)
            {
                events.Add(new(start + cycle * 0.55, ChaosAction.PauseStore, Duration: TimeSpan.FromSeconds(12)));
            }
        }
        return new ChaosPlan(load, people, events);
    }

    /// <summary>
    /// Store faults of every length the issue names, one after another with <paramref name="gap"/> of calm between
    /// them: stalls of 5, 12 and 30 s, and a SIGKILL of redis-server started again on its append-only file 5 s later.
    /// </summary>
    public static ChaosPlan StoreFaults(int people, TimeSpan gap)
    {
        var events = new List<ChaosEvent>();
        var at = gap;
        foreach (var (action, seconds) in new[] { (ChaosAction.PauseStore, 5), (ChaosAction.PauseStore, 12), (ChaosAction.PauseStore, 30), (ChaosAction.RestartStore, 5) })
        {
            events.Add(new(at, action, Duration: TimeSpan.FromSeconds(seconds)));
            at += TimeSpan.FromSeconds(seconds) + gap;
        }
        return new ChaosPlan(at, people, events);
    }
}
