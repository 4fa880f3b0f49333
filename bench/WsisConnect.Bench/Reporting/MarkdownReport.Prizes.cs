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
        md.AppendLine("| votes | categories | nominees | voters | registrations/s | acknowledged | votes/s | latency p50 | p95 | p99 | max | server CPU | load tool CPU | other processes' CPU | server RSS before → after | exact |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        md.AppendLine($"| {r.VotesRequested:N0} | {r.Categories} | {r.Nominees} | {r.Registration.Count:N0} | {N(r.Registration.PerSecond)} | {r.Acked:N0} | {N(r.VotesPerSecond)} | " +
            $"{Ms(r.Latency.P50Ms)} | {Ms(r.Latency.P95Ms)} | {Ms(r.Latency.P99Ms)} | {Ms(r.Latency.MaxMs)} | {N(r.Cpu.ServerPercent)}% | {N(r.Cpu.LoadToolPercent)}% | {N(r.Cpu.OthersPercent)}% | " +
            $"{N(r.RssBeforeMiB)} → {N(r.RssAfterMiB)} MiB | {YesNo(r.Exact)} |");
        md.AppendLine();
        md.AppendLine($"Sending took {N(r.Seconds, "N1")} s. Retries: {r.Retries:N0}; acknowledged on retry: {r.AckedOnRetry:N0}; failures: {Dict(r.Errors)}; registration retries: {r.Registration.Retries:N0}.");
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
