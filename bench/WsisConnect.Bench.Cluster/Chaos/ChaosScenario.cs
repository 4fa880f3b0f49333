using System.Globalization;
using System.Text;
using WsisConnect.Chaos;

namespace WsisConnect.Bench.Cluster.Chaos;

/// <summary>The chaos test, run for minutes: violations (none expected) and recovery figures per kind of fault.</summary>
public static class ChaosScenario
{
    /// <summary>One round of faults: a kill and restart, and every other round a 12 s store stall.</summary>
    private static readonly TimeSpan Cycle = TimeSpan.FromSeconds(100);

    /// <summary>Runs the load for <see cref="ClusterBenchOptions.Duration"/> and returns the Markdown report.</summary>
    public static async Task<string> RunAsync(ClusterBenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var plan = options.Faults == "store"
            ? ChaosPlan.StoreFaults(options.Clients, TimeSpan.FromSeconds(60))
            : ChaosPlan.Repeated(options.Duration, options.Clients, Cycle);
        var report = await ChaosRun.RunAsync(plan, line => log.WriteLine(line), cancellationToken);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"# Chaos: {plan.Load.TotalMinutes:0.#} minutes, {options.Clients} people, {plan.Events.Count(e => e.Action == ChaosAction.KillNode)} node kills, {plan.Events.Count(e => e.Action == ChaosAction.PauseStore)} store stalls, {plan.Events.Count(e => e.Action == ChaosAction.RestartStore)} store kills");
        text.AppendLine();
        text.AppendLine(c, $"`{options.CommandLine}` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores");
        text.AppendLine();
        text.AppendLine("| fault | people writing again after it: p50 | p99 | max |");
        text.AppendLine("|---|---|---|---|");
        foreach (var action in plan.Events.Select(e => e.Action).Where(a => a != ChaosAction.RestartNode).Distinct())
        {
            var (p50, p99, max) = report.Pooled(action);
            var name = action switch
            {
                ChaosAction.KillNode => "SIGKILL of a node",
                ChaosAction.PauseStore => "store stall (from its start)",
                _ => "SIGKILL of the store (from the kill)",
            };
            text.AppendLine(c, $"| {name} | {p50.TotalSeconds:0.0} s | {p99.TotalSeconds:0.0} s | {max.TotalSeconds:0.0} s |");
        }
        text.AppendLine();
        text.Append(report.ToMarkdown());
        return text.ToString();
    }
}
