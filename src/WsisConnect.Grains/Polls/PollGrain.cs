using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Polls;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Polls;
using WsisConnect.Grains.Agenda;
using WsisConnect.Grains.Operations;
using WsisConnect.Grains.Realtime;

namespace WsisConnect.Grains.Polls;

/// <summary>
/// One poll: definition, status, and results summed from its partitions' latest reports. Results are pushed at
/// most every <see cref="PushInterval"/>, however many votes arrive, and at once when the poll closes.
/// </summary>
public sealed partial class PollGrain(
    [PersistentState("poll")] IPersistentState<PollState> state,
    ILiveBroadcaster broadcaster,
    TimeProvider time) : Grain, IPollGrain
{
    private static readonly TimeSpan PushInterval = TimeSpan.FromMilliseconds(250);

    private readonly Dictionary<int, PollPartitionTally> _tallies = [];
    private bool _talliesLoaded;
    private long _resultsVersion;
    private PollResults? _stamped;

    private IGrainTimer? _pushTimer;

    /// <summary>How many result pushes this activation has sent; tests check the coalescing with it.</summary>
    internal int ResultPushes { get; private set; }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A poll whose last activation died (its node killed) may have counted votes it never pushed: results go out
        // once, freshly collected, so clients that kept their connection end at the true counts.
        if (state.State.Details is { Status: not PollStatus.Draft })
        {
            _pushTimer = this.RegisterGrainTimer(PushResultsAsync, new GrainTimerCreationOptions(PushInterval, Timeout.InfiniteTimeSpan));
        }
        return Task.CompletedTask;
    }

    public async Task<PollDetails> InitialiseAsync(PollDetails details)
    {
        if (state.State.Details is { } existing)
        {
            return existing;
        }
        state.State.Details = details;
        await state.WriteStateAsync();
        return details;
    }

    public Task<PollDetails?> GetDetailsAsync() => Task.FromResult(state.State.Details);

    public async Task<PollView> GetAsync(Caller caller)
    {
        var poll = RequirePoll();
        var moderator = await CanModerateAsync(caller, poll);
        if (poll.Status == PollStatus.Draft && !moderator)
        {
            throw new ForumException(ErrorCodes.PollNotFound, $"There is no poll {poll.Id}.");
        }
        // An explicit read is exact: it asks the partitions rather than summing reports that may trail by a push interval.
        PollResults? results = null;
        if (moderator || poll.ResultsVisible)
        {
            await CollectAsync(poll);
            results = Stamp(PollSum.Of(poll, _tallies.Values, _resultsVersion));
            results = moderator ? results : PollSum.ForParticipants(results);
        }
        var partition = Partition(caller.AttendeeId);
        var ballot = await partition.GetBallotAsync(caller.AttendeeId);
        var quizPoints = ballot is not null && poll is { Status: PollStatus.Closed, Definition.Kind: PollKind.Quiz }
            ? await partition.GetQuizPointsAsync(caller.AttendeeId)
            : null;
        return new PollView(moderator ? poll : PollRedaction.ForParticipants(poll), results, ballot, quizPoints);
    }

    public Task<PollDetails> OpenAsync(Caller caller) => ChangeAsync(caller, poll => poll.Status switch
    {
        PollStatus.Draft => poll with { Status = PollStatus.Open, OpenedAt = time.GetUtcNow() },
        PollStatus.Open when IsRetry => poll,
        _ => throw new ForumException(ErrorCodes.PollInvalidTransition, "Only a draft poll can be opened."),
    });

    public async Task<PollDetails> CloseAsync(Caller caller)
    {
        var before = RequirePoll();
        var closed = await ChangeAsync(caller, poll => poll.Status switch
        {
            PollStatus.Open => poll with { Status = PollStatus.Closed, ClosedAt = time.GetUtcNow() },
            PollStatus.Closed when IsRetry => poll,
            _ => throw new ForumException(ErrorCodes.PollInvalidTransition, "Only an open poll can be closed."),
        });
        if (closed != before)
        {
            await PushResultsAsync(CancellationToken.None);
        }
        return closed;
    }

    /// <summary>
    /// Whether the call carries an operation id: asked again to reach a state the poll is already in, it is the retry
    /// of a call whose answer was lost, and the answer is the poll as it is, not a refusal.
    /// </summary>
    private static bool IsRetry => CurrentOperation.Key is not null;

    public async Task<PollDetails> ShowResultsAsync(Caller caller)
    {
        var shown = await ChangeAsync(caller, poll => poll.Status == PollStatus.Draft
            ? throw new ForumException(ErrorCodes.PollInvalidTransition, "A draft poll has no results to show.")
            : poll with { ResultsShown = true });
        await PushResultsAsync(CancellationToken.None);
        return shown;
    }

    public async Task<TextEntry> ModerateEntryAsync(Caller caller, string entryId, bool approve)
    {
        var poll = RequirePoll();
        if (!await CanModerateAsync(caller, poll))
        {
            throw new ForumException(ErrorCodes.Forbidden, $"You do not moderate session {poll.SessionId}.");
        }
        var dot = entryId?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (poll.Definition.Kind != PollKind.OpenText || dot < 1 || !int.TryParse(entryId![..dot], out var partition) || partition is < 0 or >= PollLimits.Shards)
        {
            throw new ForumException(ErrorCodes.PollEntryNotFound, $"There is no answer {entryId} in poll {poll.Id}.");
        }
        return await GrainFactory.GetGrain<IPollPartitionGrain>(new PollPartitionKey(poll.Id, partition).ToGrainKey())
            .SetEntryStatusAsync(entryId, approve ? EntryStatus.Approved : EntryStatus.Dismissed);
    }

    public async Task<PollResults> GetResultsAsync()
    {
        var poll = RequirePoll();
        if (!_talliesLoaded)
        {
            // After a restart the partitions hold the votes: ask each once, then keep their reports.
            await CollectAsync(poll);
        }
        return Stamp(PollSum.Of(poll, _tallies.Values, _resultsVersion));
    }

    public Task ReportAsync(PollPartitionTally tally)
    {
        if (Keep(tally))
        {
            _pushTimer ??= this.RegisterGrainTimer(PushResultsAsync, new GrainTimerCreationOptions(PushInterval, Timeout.InfiniteTimeSpan));
        }
        return Task.CompletedTask;
    }

    /// <summary>Keeps a partition's counts unless newer ones are held (reports can arrive late).</summary>
    private bool Keep(PollPartitionTally tally)
    {
        if (_tallies.TryGetValue(tally.Partition, out var held) && held.Version > tally.Version)
        {
            return false;
        }
        _tallies[tally.Partition] = tally;
        return true;
    }

    /// <summary>Tells every partition about <paramref name="poll"/> and keeps the exact counts each returns.</summary>
    private async Task CollectAsync(PollDetails poll)
    {
        var tallies = await Task.WhenAll(Enumerable.Range(0, PollLimits.Shards).Select(i =>
            GrainFactory.GetGrain<IPollPartitionGrain>(new PollPartitionKey(poll.Id, i).ToGrainKey()).SyncAsync(poll)));
        foreach (var tally in tallies)
        {
            Keep(tally);
        }
        _talliesLoaded = true;
    }

    private async Task PushResultsAsync(CancellationToken cancellationToken)
    {
        _pushTimer?.Dispose();
        _pushTimer = null;
        var poll = RequirePoll();
        var results = await GetResultsAsync();
        ResultPushes++;
        await broadcaster.PollResultsChangedAsync(poll.SessionId, results, poll.ResultsVisible ? PollSum.ForParticipants(results) : null);
    }

    private async Task<PollDetails> ChangeAsync(Caller caller, Func<PollDetails, PollDetails> change)
    {
        var poll = RequirePoll();
        if (!await CanModerateAsync(caller, poll))
        {
            throw new ForumException(ErrorCodes.Forbidden, $"You do not moderate session {poll.SessionId}.");
        }
        var changed = change(poll);
        if (changed == poll)
        {
            return poll;
        }
        state.State.Details = changed;
        await state.WriteStateAsync();
        // Every partition acts on the change (stops taking votes, flushes, returns its counts) before anyone hears of it.
        await CollectAsync(changed);
        await broadcaster.PollChangedAsync(changed, PollRedaction.ForParticipants(changed));
        return changed;
    }

    /// <summary>
    /// Gives <paramref name="results"/> the version of the last results if nothing counted changed, else a new one.
    /// Versions grow across activations too: never below the clock in microseconds, which a new activation (seconds
    /// after the last one's final push, on whichever node) is past.
    /// </summary>
    private PollResults Stamp(PollResults results)
    {
        if (_stamped is null || !PollSum.SameCounts(_stamped, results))
        {
            _resultsVersion = Math.Max(_resultsVersion + 1, time.GetUtcNow().ToUnixTimeMilliseconds() * 1000);
        }
        _stamped = results with { Version = _resultsVersion };
        return _stamped;
    }

    private PollDetails RequirePoll() =>
        state.State.Details ?? throw new ForumException(ErrorCodes.PollNotFound, $"There is no poll {this.GetPrimaryKeyString()}.");

    private IPollPartitionGrain Partition(string attendeeId) =>
        GrainFactory.GetGrain<IPollPartitionGrain>(PollPartitionKey.For(this.GetPrimaryKeyString(), attendeeId).ToGrainKey());

    private async Task<bool> CanModerateAsync(Caller caller, PollDetails poll) =>
        await GrainFactory.GetGrain<ISessionGrain>(poll.SessionId).GetAsync() is { } session && SessionAccess.CanModerate(caller, session);
}
