using System.Collections.Concurrent;
using System.Diagnostics;
using WsisConnect.Bench.Measurement;

namespace WsisConnect.Bench.Polls;

public sealed partial class PollScenario
{
    /// <summary>
    /// Every voter votes once, for a random option, at a random moment of the window. One loop sends each vote when
    /// it is due (no timer per voter); the acknowledgement latency is timed around the Vote call alone, and how late
    /// the loop sent each vote is recorded separately, as a sign of the load tool's own saturation.
    /// </summary>
    private async Task<VotingOutcome> VoteAsync(PollVoter[] voters, string pollId, int voterCount, string label, Func<Task>? drop, CancellationToken ct)
    {
        var random = new Random(HashCode.Combine(options.Seed, voterCount));
        var window = (long)(options.VoteWindow.TotalSeconds * Stopwatch.Frequency);
        foreach (var voter in voters)
        {
            voter.Option = random.Next(Options);
            voter.Offset = (long)(random.NextDouble() * window);
        }
        var order = voters.OrderBy(v => v.Offset).ToArray();

        log.Line($"{label}: voting over {options.VoteWindow.TotalSeconds:N1} s");
        var start = Stopwatch.GetTimestamp();
        var votes = new Task[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var due = start + order[i].Offset;
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, ct);
            }
            votes[i] = order[i].VoteAsync(pollId, due, options.VoteRetryWindow, ct);
            if (drop is not null && i == order.Length / 2)
            {
                await drop();
            }
        }

        try
        {
            await Task.WhenAll(votes).WaitAsync(VoteWait, ct);
        }
        catch (TimeoutException)
        {
            log.Line($"{label}: {votes.Count(t => !t.IsCompleted):N0} votes still unanswered after {VoteWait.TotalSeconds:N0} s");
        }

        // Final outcome, after the tool's retries: what a person using the SDK would end up with.
        var errors = new ConcurrentDictionary<string, int>();
        foreach (var voter in order.Where(v => !v.Acked))
        {
            errors.AddOrUpdate(voter.Answered ? voter.Error ?? "no answer" : "unanswered", 1, (_, n) => n + 1);
        }
        var acked = order.Where(v => v.Acked).ToArray();
        var ack = LatencySummary.Of([.. acked.Select(v => Stopwatch.GetElapsedTime(v.SentAt, v.AnsweredAt).TotalMilliseconds)]);
        var lag = LatencySummary.Of([.. order.Where(v => v.SentAt != 0).Select(v => Stopwatch.GetElapsedTime(v.DueAt, v.SentAt).TotalMilliseconds)]);
        var firstSent = order.Where(v => v.SentAt != 0).Select(v => v.SentAt).DefaultIfEmpty(start).Min();
        var seconds = acked.Length > 0 ? Stopwatch.GetElapsedTime(firstSent, acked.Max(v => v.AnsweredAt)).TotalSeconds : 0;
        var bySecond = acked.GroupBy(v => (int)(v.Offset / Stopwatch.Frequency))
            .OrderBy(g => g.Key)
            .Select(g => new AckSecond(g.Key, LatencySummary.Of([.. g.Select(v => Stopwatch.GetElapsedTime(v.SentAt, v.AnsweredAt).TotalMilliseconds)])))
            .ToArray();

        // The first attempt alone: the server's raw answer, before any retry.
        var firstAcked = order.Where(v => v.FirstOutcome == PollVoter.AckOutcome).ToArray();
        var firstErrors = order.Where(v => v.SentAt != 0 && v.FirstOutcome != PollVoter.AckOutcome)
            .GroupBy(v => v.FirstOutcome ?? "unanswered").ToDictionary(g => g.Key, g => g.Count());
        var firstSeconds = firstAcked.Length > 0 ? Stopwatch.GetElapsedTime(firstSent, firstAcked.Max(v => v.FirstAnsweredAt)).TotalSeconds : 0;
        var first = new FirstAttempts(
            firstAcked.Length, firstErrors, firstSeconds > 0 ? Math.Round(firstAcked.Length / firstSeconds, 0) : 0,
            LatencySummary.Of([.. firstAcked.Select(v => Stopwatch.GetElapsedTime(v.SentAt, v.FirstAnsweredAt).TotalMilliseconds)]),
            order.Count(v => v.Attempts > 1), order.Sum(v => Math.Max(0, v.Attempts - 1)));
        var unanswered = order.Count(v => v.SentAt != 0 && !v.Answered);
        if (unanswered > 0)
        {
            log.Line($"{label}: {unanswered:N0} votes never answered (first attempts: {string.Join(", ", firstErrors.Select(e => $"{e.Key} x{e.Value}"))})");
        }
        return new VotingOutcome(order.Count(v => v.SentAt != 0), new Dictionary<string, int>(errors), Math.Round(seconds, 2),
            seconds > 0 ? Math.Round(acked.Length / seconds, 0) : 0, ack, lag, bySecond, first, unanswered);
    }

    private sealed record VotingOutcome(
        int Sent, IReadOnlyDictionary<string, int> Errors, double Seconds, double PerSecond, LatencySummary Ack, LatencySummary SendLag, AckSecond[] BySecond,
        FirstAttempts First, int Unanswered);
}
