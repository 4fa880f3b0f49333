using System.Globalization;
using System.Text;

namespace WsisConnect.Chaos;

/// <summary>What a chaos run did, what it found wrong, and how long service took to come back after each fault.</summary>
public sealed record ChaosReport(
    ChaosPlan Plan,
    int Acknowledged,
    IReadOnlyList<string> Unknown,
    IReadOnlyList<string> Refused,
    IReadOnlyList<string> Violations,
    IReadOnlyList<Recovery> Recoveries,
    int Reconnects,
    TimeSpan Converged)
{
    /// <summary>The run as Markdown: counts, violations, and recovery times per fault.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"- load: {Plan.Load.TotalSeconds:0} s, {Plan.People} people through a round-robin proxy to 3 nodes on one redis-server");
        text.AppendLine(c, $"- acknowledged writes: {Acknowledged}; outcome unknown after the SDK's 30 s of retries: {Unknown.Count}; refused: {Refused.Count}");
        text.AppendLine(c, $"- violations (lost, doubled or wrong): {Violations.Count}");
        text.AppendLine(c, $"- client reconnects: {Reconnects}; every client at the final state {Converged.TotalSeconds:0.0} s after the load stopped");
        text.AppendLine();
        text.AppendLine("| at | fault | people writing again: p50 | p99 | max | p99 after the store answered again | longest write across it |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var r in Recoveries)
        {
            var afterStore = r.Event.Action is ChaosAction.KillNode ? "-" : Seconds(r.P99 - (r.Event.Ends - r.Event.At));
            text.AppendLine(c, $"| {r.Event.At.TotalSeconds:0} s | {r.Event} | {Seconds(r.P50)} | {Seconds(r.P99)} | {Seconds(r.Max)} | {afterStore} | {Seconds(r.LongestWrite)} |");
        }
        foreach (var line in Violations.Concat(Unknown).Concat(Refused).Take(50))
        {
            text.AppendLine(c, $"- {line}");
        }
        return text.ToString();
    }

    /// <summary>Recovery figures pooled over every fault of one kind.</summary>
    public (TimeSpan P50, TimeSpan P99, TimeSpan Max) Pooled(ChaosAction action)
    {
        var all = Recoveries.Where(r => r.Event.Action == action).SelectMany(r => r.PerPerson).Order().ToList();
        return all.Count == 0 ? default : (Recovery.Percentile(all, 0.50), Recovery.Percentile(all, 0.99), all[^1]);
    }

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture);
}

/// <summary>
/// How long after a fault each person had a write issued after the fault acknowledged (the SDK retries it while the
/// fault lasts, so this is how long service was gone for them), and the longest single write around the fault.
/// </summary>
public sealed record Recovery(ChaosEvent Event, IReadOnlyList<TimeSpan> PerPerson, TimeSpan LongestWrite)
{
    /// <summary>Median over people.</summary>
    public TimeSpan P50 => PerPerson.Count == 0 ? default : Percentile([.. PerPerson.Order()], 0.50);

    /// <summary>99th percentile over people.</summary>
    public TimeSpan P99 => PerPerson.Count == 0 ? default : Percentile([.. PerPerson.Order()], 0.99);

    /// <summary>The slowest person.</summary>
    public TimeSpan Max => PerPerson.Count == 0 ? default : PerPerson.Max();

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static TimeSpan Percentile(IReadOnlyList<TimeSpan> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>Recovery after <paramref name="event"/> from the writes' timings.</summary>
    public static Recovery Of(ChaosEvent @event, IEnumerable<WriteTiming> timings)
    {
        var across = timings.Where(t => t.End >= @event.At).ToList();
        var perPerson = across.Where(t => t.Acknowledged && t.Start >= @event.At).GroupBy(t => t.Person).Select(g => g.Min(t => t.End) - @event.At).ToList();
        var longest = across.Where(t => t.Start <= @event.At + TimeSpan.FromSeconds(15)).Select(t => t.End - t.Start).DefaultIfEmpty().Max();
        return new Recovery(@event, perPerson, longest);
    }
}
