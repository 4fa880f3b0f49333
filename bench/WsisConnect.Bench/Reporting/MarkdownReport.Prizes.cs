using System.Text;
using WsisConnect.Bench.Prizes;

namespace WsisConnect.Bench.Reporting;

public static partial class MarkdownReport
{
    private static void RenderPrizes(StringBuilder md, PrizesReport report)
    {
        var r = report.Result;
        md.AppendLine("## WSIS Prizes vote over HTTP");
        md.AppendLine();
        md.AppendLine($"Measured {report.GeneratedAt:yyyy-MM-dd HH:mm} UTC with `{report.Command}`.  ");
        md.AppendLine($"Machine: {report.Machine}. Server: {r.Description}.");
        md.AppendLine();
        md.AppendLine($"Method: {r.Registration.Count:N0} voters registered through `POST /api/auth/register` ({report.RegisterConcurrency} at a time); each votes once in every category ");
        md.AppendLine($"(the last voter in as many as are left) for a random nominee, in a shuffled order (seed {report.Seed}), with `POST /api/prizes/{{id}}/votes` carrying the voter's own token, ");
        md.AppendLine($"{report.HttpConcurrency} requests in flight over at most {report.HttpConcurrency} HTTP/1.1 connections (the SDK's `VotePrizeAsync`). ");
        md.AppendLine("Transient failures (429, 5xx, dropped connections) are retried; a retry answered `prize.already_voted` counts as acknowledged (its first attempt was stored). ");
        md.AppendLine("Afterwards the organiser reads every category's totals (`GET /api/prizes/{id}/results`), which must equal the acknowledged votes nominee by nominee.");
        md.AppendLine();
        if (report.Baseline is { } baseline)
        {
            md.AppendLine($"Baseline, in the same run and the same way: {baseline.Description} (bench/WsisConnect.Bench.Baseline: the same paths and JSON shapes, any token names the voter, ");
            md.AppendLine("one vote per voter per category in a concurrent set, counts by Interlocked, no store, no auth, no filters).");
            md.AppendLine();
        }
        md.AppendLine("| votes | server | categories | nominees | voters | registrations/s | acknowledged | votes/s | latency p50 | p95 | p99 | max | server CPU | server CPU per vote | load tool CPU | other processes' CPU | server RSS before → after | exact |");
        md.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var (run, name) in new[] { (r, "WsisConnect"), (report.Baseline, "baseline") })
        {
            if (run is null)
            {
                continue;
            }
            md.AppendLine($"| {(ReferenceEquals(run, r) ? r.VotesRequested.ToString("N0") : string.Empty)} | {name} | {run.Categories} | {run.Nominees} | {run.Registration.Count:N0} | {N(run.Registration.PerSecond)} | {run.Acked:N0} | {N(run.VotesPerSecond)} | " +
                $"{Ms(run.Latency.P50Ms)} | {Ms(run.Latency.P95Ms)} | {Ms(run.Latency.P99Ms)} | {Ms(run.Latency.MaxMs)} | {N(run.Cpu.ServerPercent)}% | {N(run.ServerCpuMsPerVote, "N3")} ms | {N(run.Cpu.LoadToolPercent)}% | {N(run.Cpu.OthersPercent)}% | " +
                $"{N(run.RssBeforeMiB)} → {N(run.RssAfterMiB)} MiB | {YesNo(run.Exact)} |");
        }
        if (report.Ratios is { } x)
        {
            md.AppendLine($"| | *ours / baseline* | | | | | | *{N(x.Throughput, "N2")}x* | *{N(x.P50, "N2")}x* | | *{N(x.P99, "N2")}x* | | | *{N(x.CpuPerVote, "N2")}x* | | | | |");
        }
        md.AppendLine();
        if (report.Baseline is { } b)
        {
            md.AppendLine($"Baseline: sending took {N(b.Seconds, "N1")} s. Retries: {b.Retries:N0}; failures: {Dict(b.Errors)}; totals exact in {b.CategoryChecks.Count(c => c.Exact)} of {b.CategoryChecks.Count} categories.");
            md.AppendLine();
        }
        md.AppendLine($"WsisConnect: sending took {N(r.Seconds, "N1")} s. Retries: {r.Retries:N0}; acknowledged on retry: {r.AckedOnRetry:N0}; failures: {Dict(r.Errors)}; registration retries: {r.Registration.Retries:N0}.");
        md.AppendLine();
        if (r.Timeline.Count > 0)
        {
            md.AppendLine("Acknowledged votes per second, per 5-second interval: " + string.Join(", ", r.Timeline.Select(v => N(v))) + ".");
            md.AppendLine();
        }
        md.AppendLine("| category | acknowledged | organiser's total | nominees match | exact |");
        md.AppendLine("|---|---:|---:|---|---|");
        foreach (var c in r.CategoryChecks)
        {
            md.AppendLine($"| {c.CategoryId} | {c.Acked:N0} | {c.Counted:N0} | {YesNo(c.NomineesMatch)} | {YesNo(c.Exact)} |");
        }
        md.AppendLine();
        foreach (var note in r.Notes)
        {
            md.AppendLine($"- {note}");
        }
    }
}
