using System.Diagnostics;
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

    /// <summary>Stopwatch timestamps of the vote: due, sent, acknowledged (or failed).</summary>
    public long DueAt { get; private set; }

    public long SentAt { get; private set; }

    public long AnsweredAt { get; private set; }

    public bool Acked { get; private set; }

    public string? Error { get; private set; }

    /// <summary>When this client saw the poll open (a Stopwatch timestamp), or 0.</summary>
    public long OpenSeenAt => Interlocked.Read(ref _openSeenAt);

    /// <summary>The newest results this client received, and since when their voter total has held.</summary>
    public ResultsSeen? Seen => Volatile.Read(ref _seen);

    /// <summary>Reconnections and closures of this client's connection.</summary>
    public int Drops => Volatile.Read(ref _drops);

    public void Attach(LiveConnection connection, string pollId)
    {
        Connection = connection;
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

    /// <summary>Casts the vote now and records when it was acknowledged; never throws.</summary>
    public async Task VoteAsync(string pollId, long dueAt)
    {
        DueAt = dueAt;
        SentAt = Stopwatch.GetTimestamp();
        try
        {
            await Connection!.Vote(pollId, new Ballot([Option]));
            AnsweredAt = Stopwatch.GetTimestamp();
            Acked = true;
        }
        catch (Exception e)
        {
            AnsweredAt = Stopwatch.GetTimestamp();
            Error = Registration.Retry.Describe(e);
        }
    }
}
