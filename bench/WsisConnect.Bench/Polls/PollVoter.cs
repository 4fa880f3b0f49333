using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using WsisConnect.Bench.Measurement;
using WsisConnect.Client.Operations;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Polls;

namespace WsisConnect.Bench.Polls;

/// <summary>
/// One simulated participant: its own connection and token, the vote it will cast, and what it has seen of the
/// poll. Pushes arrive on the connection's receive loop, one at a time; the scenario reads from other threads.
/// </summary>
internal sealed class PollVoter(int index, string token)
{
    private ResultsSeen? _seen;
    private long _openSeenAt;
    private int _drops;
    private readonly int[] _pushes = new int[PushKinds.Length];

    /// <summary>The pushes a client counts, by hub method name.</summary>
    public static readonly string[] PushKinds = ["PollResultsChanged", "PollChanged", "LeaderboardChanged", "QuestionsChanged", "SessionChanged"];

    public int Index { get; } = index;

    public string Token { get; } = token;

    public LiveConnection? Connection { get; private set; }

    /// <summary>The option this voter picks.</summary>
    public int Option { get; set; }

    /// <summary>When the vote is due, as an offset from the start of the voting window (Stopwatch ticks).</summary>
    public long Offset { get; set; }

    /// <summary>Stopwatch timestamps of the vote: due, first sent, finally acknowledged (or refused).</summary>
    public long DueAt { get; private set; }

    public long SentAt { get; private set; }

    public long AnsweredAt { get; private set; }

    /// <summary>When the first attempt was answered (acknowledged, refused, or found its connection lost), or 0.</summary>
    public long FirstAnsweredAt { get; private set; }

    /// <summary>The first attempt's outcome: null while unanswered, <see cref="AckOutcome"/>, or an error code.</summary>
    public string? FirstOutcome { get; private set; }

    /// <summary>Attempts sent, the first included.</summary>
    public int Attempts { get; private set; }

    /// <summary>Whether the vote was acknowledged in the end (the first attempt or a retry).</summary>
    public bool Acked { get; private set; }

    /// <summary>The last attempt's error when the vote was not acknowledged in the end.</summary>
    public string? Error { get; private set; }

    /// <summary>Whether the vote has an answer (an acknowledgement or a final error); false while an attempt waits.</summary>
    public bool Answered => AnsweredAt != 0;

    /// <summary>The first-attempt outcome of an acknowledged call.</summary>
    public const string AckOutcome = "ack";

    /// <summary>The outcome of an attempt whose connection was lost, or was not open, before the answer came.</summary>
    public const string ConnectionLost = "connection.lost";

    /// <summary>When this client saw the poll open (a Stopwatch timestamp), or 0.</summary>
    public long OpenSeenAt => Interlocked.Read(ref _openSeenAt);

    /// <summary>The newest results this client received, and since when their voter total has held.</summary>
    public ResultsSeen? Seen => Volatile.Read(ref _seen);

    /// <summary>Reconnections and closures of this client's connection.</summary>
    public int Drops => Volatile.Read(ref _drops);

    public void Attach(LiveConnection connection, string pollId, ConnectionEvents events)
    {
        Connection = connection;
        // The tool retries itself, so that it sees every attempt: the SDK's own retries would hide the first outcome.
        connection.WriteRetryWindow = TimeSpan.Zero;
        events.Watch(connection.Connection, "voter");
        connection.LeaderboardChanged += _ => Interlocked.Increment(ref _pushes[2]);
        connection.QuestionsChanged += _ => Interlocked.Increment(ref _pushes[3]);
        connection.SessionChanged += _ => Interlocked.Increment(ref _pushes[4]);
        connection.PollChanged += poll =>
        {
            Interlocked.Increment(ref _pushes[1]);
            if (poll.Id == pollId && poll.Status == PollStatus.Open)
            {
                Interlocked.CompareExchange(ref _openSeenAt, Stopwatch.GetTimestamp(), 0);
            }
        };
        connection.PollResultsChanged += results =>
        {
            Interlocked.Increment(ref _pushes[0]);
            if (results.PollId != pollId)
            {
                return;
            }
            var now = Stopwatch.GetTimestamp();
            var seen = _seen;
            if (seen is null || results.Version > seen.Results.Version)
            {
                var since = seen is not null && seen.Results.Voters == results.Voters ? seen.Since : now;
                Volatile.Write(ref _seen, new ResultsSeen(results, since));
            }
        };
        connection.Connection.Reconnecting += _ =>
        {
            Interlocked.Increment(ref _drops);
            return Task.CompletedTask;
        };
    }

    /// <summary>How many pushes of each of <see cref="PushKinds"/> this client has received so far.</summary>
    public int[] Pushes() => [.. _pushes];

    /// <summary>Forgets a connection that failed to join.</summary>
    public void Detach() => Connection = null;

    /// <summary>
    /// Casts the vote now and, while its outcome is unknown (retryable code or connection lost), sends it again with
    /// the same operation id until <paramref name="retryWindow"/> ends, as the SDK would; records the first attempt's
    /// outcome apart from the final one. Never throws.
    /// </summary>
    public async Task VoteAsync(string pollId, long dueAt, TimeSpan retryWindow, CancellationToken ct)
    {
        DueAt = dueAt;
        SentAt = Stopwatch.GetTimestamp();
        var operationId = OperationId.New();
        var deadline = SentAt + (long)(retryWindow.TotalSeconds * Stopwatch.Frequency);
        var pause = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            Attempts++;
            string outcome;
            var retryable = false;
            try
            {
                await Connection!.Vote(pollId, new Ballot([Option]), operationId);
                outcome = AckOutcome;
            }
            catch (LiveHubException e)
            {
                // With no retry window the SDK wraps a lost connection into cluster.unavailable; tell them apart.
                outcome = e.InnerException is HubException ? e.Code : ConnectionLost;
                retryable = e.IsRetryable;
            }
            catch (Exception e)
            {
                outcome = e is InvalidOperationException ? ConnectionLost : Registration.Retry.Describe(e);
                retryable = outcome == ConnectionLost;
            }
            var now = Stopwatch.GetTimestamp();
            if (Attempts == 1)
            {
                FirstOutcome = outcome;
                FirstAnsweredAt = now;
            }
            // A retry refused as already voted means an earlier attempt was stored: that is the acknowledgement.
            if (outcome == AckOutcome || (Attempts > 1 && outcome == Contracts.Errors.ErrorCodes.PollAlreadyVoted))
            {
                Acked = true;
                AnsweredAt = now;
                return;
            }
            // A connection closed for good (automatic reconnection gave up, or it was stopped) brings nothing back.
            var closedForGood = outcome == ConnectionLost && Connection!.Connection.State == HubConnectionState.Disconnected;
            if (!retryable || closedForGood || now + (long)(pause.TotalSeconds * Stopwatch.Frequency) > deadline || ct.IsCancellationRequested)
            {
                Error = outcome;
                AnsweredAt = now;
                return;
            }
            await Task.Delay(pause, CancellationToken.None);
            pause = pause * 2 < MaxPause ? pause * 2 : MaxPause;
            // A lost connection reconnects by itself (0/1/2/5/10 s); wait for it rather than burn attempts.
            while (Connection!.Connection.State is HubConnectionState.Reconnecting or HubConnectionState.Connecting && Stopwatch.GetTimestamp() < deadline)
            {
                await Task.Delay(100, CancellationToken.None);
            }
        }
    }

    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(2);
}
