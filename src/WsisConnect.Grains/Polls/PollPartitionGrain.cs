using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Contracts.Polls;
using WsisConnect.Grains.Leaderboard;
using WsisConnect.Grains.Operations;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Grains.Polls;

/// <summary>
/// The voters of one partition of a poll: the vote hot path. Reentrant, so votes arriving together share one
/// store write (<see cref="BatchedHashWriter"/>); each vote is one hash field, so its cost does not grow with the
/// votes already cast. Counts are reported to the poll grain at most every <see cref="ReportInterval"/>.
/// </summary>
[Reentrant]
public sealed class PollPartitionGrain(
    IConnectionMultiplexer redis,
    IOptions<StoreOptions> store,
    PointsFeed points,
    TimeProvider time,
    StoreMetrics storeMetrics,
    PollMetrics metrics) : Grain, IPollPartitionGrain
{
    private static readonly TimeSpan ReportInterval = TimeSpan.FromMilliseconds(100);

    private readonly Dictionary<string, StoredBallot> _ballots = new(StringComparer.Ordinal);
    private PollPartitionKey _key;
    private PollDetails? _poll;
    private PartitionTally? _tally;
    private BatchedHashWriter _writer = null!;
    private RedisKey _quizAwardedKey;
    private bool _quizAwarded;
    private long _version;
    private int _entrySequence;
    private IGrainTimer? _reportTimer;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _key = PollPartitionKey.Parse(this.GetPrimaryKeyString());
        // A new activation (after a restart or a node's death) reports from the clock on, above every version the
        // last one reported: the poll grain keeps the newest report per partition and must not drop this one.
        _version = time.GetUtcNow().ToUnixTimeMilliseconds() * 1000;
        var key = (RedisKey)$"{store.Value.KeyPrefix}:poll:{{{_key.PollId}}}:{_key.Partition}";
        _writer = new BatchedHashWriter(redis.GetDatabase(), key, storeMetrics, StoreMetrics.PollVotes);
        _quizAwardedKey = $"{key}:quiz-awarded";
        _poll = await GrainFactory.GetGrain<IPollGrain>(_key.PollId).GetDetailsAsync();
        if (_poll is null)
        {
            return;
        }
        _tally = new PartitionTally(_poll.Definition);
        foreach (var entry in await redis.GetDatabase().HashGetAllAsync(key))
        {
            var ballot = StoredBallot.Parse(entry.Value!);
            _ballots[entry.Name!] = ballot;
            _tally.Apply(ballot.Ballot, ballot.Where, 1);
            if (ballot.EntryId is { } id)
            {
                _entrySequence = Math.Max(_entrySequence, int.Parse(id[(id.IndexOf('.', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    public async Task<VoteReceipt> VoteAsync(Caller caller, Ballot ballot)
    {
        var poll = _poll ?? throw new ForumException(ErrorCodes.PollNotFound, $"There is no poll {_key.PollId}.");
        var operation = CurrentOperation.Key;
        if (operation is not null && await StoredRetryAsync(caller.AttendeeId, operation) is { } first)
        {
            return new VoteReceipt(_key.PollId, first.Ballot, first.Replaced);
        }
        var now = time.GetUtcNow();
        if (poll.Status != PollStatus.Open || (poll.Deadline is { } deadline && now > deadline))
        {
            throw new ForumException(ErrorCodes.PollNotOpen, "This poll is not taking votes.");
        }
        var normalized = PollRules.Validate(poll.Definition, ballot);
        var previous = _ballots.GetValueOrDefault(caller.AttendeeId);
        if (previous is not null && !poll.Definition.AllowChange)
        {
            throw new ForumException(ErrorCodes.PollAlreadyVoted, "You have voted in this poll, and it does not allow changes.");
        }

        // Counted before the write so concurrent votes see it; taken back if the write fails. A quiz answer keeps
        // its time, which its points depend on once the quiz closes.
        var next = poll.Definition.Kind switch
        {
            PollKind.OpenText => new StoredBallot(normalized, caller.Participation, $"{_key.Partition}.{++_entrySequence}", EntryStatus.Pending, now),
            PollKind.Quiz => new StoredBallot(normalized, caller.Participation, At: now),
            _ => new StoredBallot(normalized, caller.Participation),
        } with { OperationKey = operation, Replaced = previous is not null };
        Replace(caller.AttendeeId, previous, next);
        try
        {
            await _writer.WriteAsync(caller.AttendeeId, next.Serialize());
        }
        catch
        {
            Replace(caller.AttendeeId, next, previous);
            throw;
        }
        metrics.Voted(poll.SessionId);

        // A right and a wrong quiz answer are answered alike, down to the points: the same for voting, and quiz
        // points only once the quiz closes (see AwardQuizPointsAsync), or three throwaway voters learn the answer.
        if (previous is null)
        {
            points.Award(caller, PointsKind.Voted);
        }
        return new VoteReceipt(_key.PollId, normalized, Replaced: previous is not null);
    }

    /// <summary>
    /// The voter's ballot if it was cast by <paramref name="operation"/> and is stored. A retry can arrive while the
    /// first attempt's write is still in flight (the client gave up waiting): it waits for that write, which either
    /// lands (the first outcome is the answer) or fails and is taken back (the retry votes afresh).
    /// </summary>
    private async Task<StoredBallot?> StoredRetryAsync(string attendeeId, string operation)
    {
        if (_ballots.GetValueOrDefault(attendeeId)?.OperationKey != operation)
        {
            return null;
        }
        await _writer.WhenFlushedAsync();
        return _ballots.GetValueOrDefault(attendeeId) is { } ballot && ballot.OperationKey == operation ? ballot : null;
    }

    public Task<Ballot?> GetBallotAsync(string attendeeId) => Task.FromResult(_ballots.GetValueOrDefault(attendeeId)?.Ballot);

    public Task<int?> GetQuizPointsAsync(string attendeeId) => Task.FromResult(
        _poll is { Status: PollStatus.Closed } poll && _ballots.GetValueOrDefault(attendeeId) is { } ballot ? QuizScore.Of(poll, ballot) : null);

    public async Task<PollPartitionTally> SyncAsync(PollDetails poll)
    {
        _poll = poll;
        _tally ??= new PartitionTally(poll.Definition);
        // Votes already counted must be stored before the poll grain takes these counts as final.
        await _writer.WhenFlushedAsync();
        await AwardQuizPointsAsync(poll);
        return Report();
    }

    public async Task<TextEntry> SetEntryStatusAsync(string entryId, EntryStatus status)
    {
        var (attendeeId, ballot) = _ballots.FirstOrDefault(b => b.Value.EntryId == entryId);
        if (ballot is null)
        {
            throw new ForumException(ErrorCodes.PollEntryNotFound, $"There is no answer {entryId} in poll {_key.PollId}.");
        }
        var moderated = ballot with { Status = status };
        await _writer.WriteAsync(attendeeId, moderated.Serialize());
        _ballots[attendeeId] = moderated;
        _version = Math.Max(_version + 1, time.GetUtcNow().ToUnixTimeMilliseconds() * 1000);
        await ReportAsync(CancellationToken.None);
        return moderated.ToEntry()!;
    }

    private PollPartitionTally Report() =>
        _tally!.ToReport(_key.Partition, _version, [.. _ballots.Values.Select(b => b.ToEntry()).OfType<TextEntry>().OrderBy(e => e.At)]);

    private void Replace(string attendeeId, StoredBallot? from, StoredBallot? to)
    {
        if (from is not null) _tally!.Apply(from.Ballot, from.Where, -1);
        if (to is not null)
        {
            _tally!.Apply(to.Ballot, to.Where, 1);
            _ballots[attendeeId] = to;
        }
        else
        {
            _ballots.Remove(attendeeId);
        }
        // Versions never fall below the clock, so they keep growing across activations.
        _version = Math.Max(_version + 1, time.GetUtcNow().ToUnixTimeMilliseconds() * 1000);
        _reportTimer ??= this.RegisterGrainTimer(ReportAsync, new GrainTimerCreationOptions(ReportInterval, Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    private Task ReportAsync(CancellationToken cancellationToken)
    {
        _reportTimer?.Dispose();
        _reportTimer = null;
        return _tally is null
            ? Task.CompletedTask
            : GrainFactory.GetGrain<IPollGrain>(_key.PollId).ReportAsync(Report());
    }

    /// <summary>
    /// Awards the right answers' points once the quiz has closed, once per partition for good: the mark is set in the
    /// store (SET NX) before any point is queued, so a reactivated partition, or a second close, awards nothing again.
    /// </summary>
    private async Task AwardQuizPointsAsync(PollDetails poll)
    {
        if (_quizAwarded || poll.Definition.Kind != PollKind.Quiz || poll.Status != PollStatus.Closed)
        {
            return;
        }
        var right = _ballots.Select(b => (AttendeeId: b.Key, Points: QuizScore.Of(poll, b.Value))).Where(b => b.Points > 0).ToList();
        if (right.Count > 0 && await redis.GetDatabase().StringSetAsync(_quizAwardedKey, 1, when: When.NotExists))
        {
            foreach (var (attendeeId, score) in right)
            {
                // The name is not at hand here; an empty one keeps the name the leaderboard already has.
                points.Award(attendeeId, string.Empty, PointsKind.Quiz, score!.Value / 100);
            }
        }
        _quizAwarded = true;
    }
}
