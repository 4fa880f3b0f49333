using System.Text;
using WsisConnect.Bench.Polls;

namespace WsisConnect.Bench.Reporting;

public static partial class MarkdownReport
{
    private static void RenderPolls(StringBuilder md, PollsReport report)
    {
        md.AppendLine("## Live poll: voters in one session, WsisConnect against a bare SignalR hub");
        md.AppendLine();
        md.AppendLine($"Measured {report.GeneratedAt:yyyy-MM-dd HH:mm} UTC with `{report.Command}`.  ");
        md.AppendLine($"Machine: {report.Machine}. The load tool, both servers and their stores share this machine.");
        md.AppendLine();
        md.AppendLine($"Method, per size and per server (each started fresh, {report.Machine.ToolConfiguration} build, Production environment, the project's default (server) GC; the load tool also runs server GC):");
        md.AppendLine($"voters registered through `POST /api/auth/register`; each connected with its own SDK `LiveConnection` (WebSockets, its own token, {report.ConnectBatch} connects at a time) and joined `s004`; ");
        md.AppendLine($"the demo moderator created and opened a 4-option single-choice poll; every voter voted once for a random option at a random moment of a {report.VoteWindowSeconds:0.#} s window (seed {report.Seed}). ");
        md.AppendLine("Ack latency is the SDK's `Vote` call from send to receipt; votes/s is acknowledged votes over the time from the first vote sent to the last ack; ");
        md.AppendLine("\"final seen by all\" is the time from the last ack until the last client had received a `PollResultsChanged` with the final voter total; ");
        md.AppendLine("memory per connection is (server RSS with everyone connected - RSS before connecting) / connections, each RSS read from /proc/<pid>/status once steady (no forced GC). ");
        md.AppendLine("Exact: the moderator's read-back and every client's last received counts equal the acknowledged votes, option by option.");
        md.AppendLine();

        md.AppendLine("| voters | server | connected | acked | votes/s | ack p50 | ack p95 | ack p99 | ack max | final seen by all, after last ack | memory / connection | exact |");
        md.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var size in report.Sizes)
        {
            Row(md, size.Voters.ToString("N0"), size.Ours);
            if (size.Baseline is { } baseline)
            {
                Row(md, "", baseline);
            }
            if (size.Ratios is { } r)
            {
                md.AppendLine($"| | *ours / baseline* | | | *{X(r.Throughput)}* | | | *{X(r.P99)}* | | | *{X(r.Memory)}* | |");
            }
        }
        md.AppendLine();

        md.AppendLine("### Every vote's outcome, first attempt and after retries");
        md.AppendLine();
        md.AppendLine("Each vote carries an operation id. The first attempt is the server's raw answer; a vote whose outcome is unknown (a retryable code: `server.busy`, `store.unavailable`, `cluster.unavailable`; or its connection lost) ");
        md.AppendLine("is sent again with the same id until the retry window ends, as the SDK does (the server applies it once). The main table's acked, votes/s and latencies are after retries (what a person sees); ");
        md.AppendLine("\"unanswered\" votes had no answer at all, not even an error. Connections lost are counted by who closed them and why (the server's close reason when it gave one).");
        md.AppendLine();
        md.AppendLine("| voters | server | first attempt: acked | first attempt: errors | first attempt: votes/s, p99 | votes retried (attempts) | acked after retries | errors after retries | unanswered | connections lost (reconnected) | closed for good | server log lines while voting |");
        md.AppendLine("|---:|---|---:|---|---:|---:|---:|---|---:|---|---|---|");
        foreach (var size in report.Sizes)
        {
            foreach (var run in new[] { size.Ours, size.Baseline }.OfType<PollRunResult>())
            {
                var first = run.FirstAttempt;
                md.AppendLine($"| {size.Voters:N0} | {run.Server} | {(first is null ? "n/a" : first.Acked.ToString("N0"))} | {(first is null ? "n/a" : Dict(first.Errors))} | " +
                    $"{(first is null ? "n/a" : $"{N(first.VotesPerSecond)}, {Ms(first.Ack.P99Ms)}")} | {(first is null ? "n/a" : $"{first.VotesRetried:N0} ({first.Retries:N0})")} | " +
                    $"{run.VotesAcked:N0} | {Dict(run.VoteErrors)} | {run.VotesUnanswered:N0} | {Dict(run.ConnectionsLost)} ({run.Reconnected:N0}) | {Dict(run.ConnectionsClosed)} | " +
                    $"{(run.ServerLogLinesVoting is { } lines ? (lines.Count == 0 ? "none" : string.Join(", ", lines.Select(l => $"{l.Key} {l.Value:N0}"))) : "n/a")} |");
            }
        }
        md.AppendLine();

        md.AppendLine("### Targets (WsisConnect)");
        md.AppendLine();
        md.AppendLine("| voters | target | measured | met |");
        md.AppendLine("|---:|---|---|---|");
        foreach (var size in report.Sizes)
        {
            foreach (var check in size.Targets)
            {
                md.AppendLine($"| {size.Voters:N0} | {check.Target} | {check.Measured} | {Met(check.Met)} |");
            }
        }
        md.AppendLine();

        md.AppendLine("### Where the time went");
        md.AppendLine();
        md.AppendLine("CPU is a share of one core (this machine has " + report.Machine.Cores + "), over the voting phase (first vote to every client seeing the final total) and over the connect phase; ");
        md.AppendLine("\"other processes\" is the rest of the machine's busy time from /proc/stat (anything but a few % means something else ran during the measurement). ");
        md.AppendLine("Send lag is how late the load tool sent votes against their random schedule: a large lag means the load tool itself was starved.");
        md.AppendLine();
        md.AppendLine("| voters | server | server CPU, voting | load tool CPU, voting | other processes' CPU, voting | load tool GC pauses | send lag p99 / max | registrations/s | connect time | server CPU, connecting | poll open seen by all | RSS before → after | drops | vote errors | pushes per client while voting |");
        md.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var size in report.Sizes)
        {
            foreach (var run in new[] { size.Ours, size.Baseline }.OfType<PollRunResult>())
            {
                md.AppendLine($"| {size.Voters:N0} | {run.Server} | {N(run.VoteCpu.ServerPercent)}% | {N(run.VoteCpu.LoadToolPercent)}% | {N(run.VoteCpu.OthersPercent)}% | {Ms(run.VoteCpu.LoadToolGcPauseMs)} | " +
                    $"{Ms(run.SendLag.P99Ms)} / {Ms(run.SendLag.MaxMs)} | {N(run.Registration.PerSecond)} | {N(run.ConnectSeconds, "N1")} s | {N(run.ConnectCpu.ServerPercent)}% | " +
                    $"{Ms(run.OpenSeenByAllMs)} | {N(run.RssBeforeMiB, "N0")} → {N(run.RssAfterMiB, "N0")} MiB | {run.Drops} | {Dict(run.VoteErrors)} | {Pushes(run.PushesPerClient)} |");
            }
        }
        md.AppendLine();
        md.AppendLine("Ack latency by second of the voting window (votes due in that second: p50 / p99, count):");
        md.AppendLine();
        foreach (var size in report.Sizes)
        {
            foreach (var run in new[] { size.Ours, size.Baseline }.OfType<PollRunResult>())
            {
                md.AppendLine($"- {size.Voters:N0}, {run.Server}: " + string.Join("; ", (run.AckBySecond ?? []).Select(s =>
                    $"{s.Second}-{s.Second + 1} s: {Ms(s.Ack.P50Ms)} / {Ms(s.Ack.P99Ms)}, {s.Ack.Count:N0}")));
            }
        }
        md.AppendLine();
        var notes = report.Sizes.SelectMany(s => new[] { s.Ours, s.Baseline }.OfType<PollRunResult>()
            .SelectMany(r => r.Notes.Select(n => $"{s.Voters:N0}, {r.Server}: {n}"))).ToArray();
        if (notes.Length > 0)
        {
            md.AppendLine("Notes:");
            md.AppendLine();
            foreach (var note in notes)
            {
                md.AppendLine($"- {note}");
            }
            md.AppendLine();
        }
    }

    private static string Pushes(IReadOnlyDictionary<string, double>? pushes) =>
        pushes is null || pushes.Count == 0 ? "none" : string.Join(", ", pushes.Select(p => $"{p.Key} {N(p.Value, "0.#")}"));

    private static void Row(StringBuilder md, string voters, PollRunResult run) =>
        md.AppendLine($"| {voters} | {run.Server} | {run.Connected:N0} | {run.VotesAcked:N0} | {N(run.VotesPerSecond)} | {Ms(run.Ack.P50Ms)} | {Ms(run.Ack.P95Ms)} | " +
            $"{Ms(run.Ack.P99Ms)} | {Ms(run.Ack.MaxMs)} | {(run.AllSawFinal ? Ms(run.FinalResultDelayMs) : $"{run.ClientsSawFinal:N0}/{run.Connected:N0} saw it")} | " +
            $"{(run.MemoryPerConnectionKiB is { } kb ? N(kb, "N1") + " KiB" : "n/a")} | {YesNo(run.CountsExact)} |");
}
