namespace WsisConnect.Bench.Dashboard;

/// <summary>One run: a fresh server, one background, every watcher count in turn.</summary>
/// <param name="Phases">Each watcher count's phases taken together.</param>
/// <param name="Measured">Every phase as measured, in order.</param>
/// <param name="Failures">Background writes not acknowledged, by error, over the whole run.</param>
/// <param name="Late">Background writes sent over 100 ms late (the load tool starved).</param>
public sealed record DashboardRunResult(int Run, int Audience, double Rate, int Cycles, IReadOnlyList<DashboardPhase> Phases, IReadOnlyList<DashboardPhase> Measured, IReadOnlyDictionary<string, int> Failures, long Late);
