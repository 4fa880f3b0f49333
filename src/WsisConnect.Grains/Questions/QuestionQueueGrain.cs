using Microsoft.Extensions.Options;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Questions;
using WsisConnect.Grains.Agenda;
using WsisConnect.Grains.Leaderboard;
using WsisConnect.Grains.Limits;
using WsisConnect.Grains.Realtime;

namespace WsisConnect.Grains.Questions;

/// <summary>
/// The live question queue of one session. State is held in memory and written per event through
/// <see cref="QuestionStore"/> before the caller is answered; pushes to clients are coalesced (see the Push part).
/// </summary>
public sealed partial class QuestionQueueGrain(
    QuestionStore store,
    ILiveBroadcaster broadcaster,
    IOptions<QuestionQueueOptions> options,
    TimeProvider time,
    PointsFeed points,
    QuestionMetrics metrics,
    ILogger<QuestionQueueGrain> logger) : Grain, IQuestionQueueGrain
{
    private readonly Dictionary<int, QuestionEntry> _questions = [];
    private readonly Dictionary<string, int> _asked = new(StringComparer.Ordinal);
    private readonly SlidingWindowLimiter _limiter = new(options.Value.MaxPerWindow, options.Value.Window, time);
    // Edits have their own budget, as large as asking's: each one is a push to every participant.
    private readonly SlidingWindowLimiter _editLimiter = new(options.Value.MaxPerWindow, options.Value.Window, time);
    private SessionDetails? _session;
    private long _version;

    private string SessionId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _session = await GrainFactory.GetGrain<ISessionGrain>(SessionId).GetAsync();
        foreach (var entry in await store.LoadAsync(SessionId))
        {
            _questions[entry.Record.Id] = entry;
            Remember(entry.Record);
            _version = Math.Max(_version, entry.Record.Revision);
        }
        // Upvote revisions are never stored, so the last activation may have gone past every stored revision;
        // the clock has too, and starting from it keeps versions growing across activations.
        NextRevision();
        // The last activation may have died (its node killed, or a store fault) with changes stored but not yet
        // pushed, and clients that kept their connection would never hear of them. Everything goes out once, under
        // new revisions, so every copy ends at the stored truth; a reactivation is rare, the push is one per audience.
        foreach (var entry in _questions.Values)
        {
            entry.Record = entry.Record with { Revision = NextRevision() };
            MarkChanged(entry.Record.Id);
        }
    }

    /// <summary>Indexes a question by the operation that asked it, so a retry of that operation finds it.</summary>
    private void Remember(QuestionRecord record)
    {
        if (record.OperationKey is { } operation)
        {
            _asked[operation] = record.Id;
        }
    }

    public Task<QuestionQueueSnapshot> GetSnapshotAsync(Caller caller)
    {
        var session = RequireSession();
        var moderator = SessionAccess.CanModerate(caller, session);
        var visible = _questions.Values
            .Where(q => !q.Record.Deleted && (moderator || q.Record.IsPublic || q.Record.AuthorId == caller.AttendeeId))
            .OrderBy(q => q.Record.Id)
            .ToList();
        return Task.FromResult(new QuestionQueueSnapshot(
            session,
            [.. visible.Select(ToView)],
            [.. visible.Where(q => q.Voters.Contains(caller.AttendeeId)).Select(q => q.Record.Id)],
            [.. _questions.Values.Where(q => !q.Record.Deleted && q.Record.AuthorId == caller.AttendeeId).Select(q => q.Record.Id).Order()],
            moderator,
            _version));
    }

    public Task OnSessionChangedAsync(SessionDetails details)
    {
        _session = details;
        return Task.CompletedTask;
    }

    private SessionDetails RequireSession() =>
        _session ?? throw new ForumException(ErrorCodes.SessionNotFound, $"There is no session {SessionId}.");

    private SessionDetails RequireOpenSession()
    {
        var session = RequireSession();
        if (session.Status == SessionStatus.Ended)
        {
            throw new ForumException(ErrorCodes.SessionEnded, $"Session {SessionId} has ended; its questions are closed.");
        }
        return session;
    }

    private QuestionEntry RequireVisible(Caller caller, int questionId, bool moderator = false)
    {
        if (_questions.TryGetValue(questionId, out var entry) && !entry.Record.Deleted
            && (moderator || entry.Record.IsPublic || entry.Record.AuthorId == caller.AttendeeId))
        {
            return entry;
        }
        throw new ForumException(ErrorCodes.QuestionNotFound, $"There is no question {questionId} in session {SessionId}.");
    }

    private QuestionView ToView(QuestionEntry entry) => entry.Record.ToView(SessionId, entry.Voters.Count);

    /// <summary>Revisions must grow across reactivations too, so they never fall below the clock in microseconds.</summary>
    private long NextRevision()
    {
        _version = Math.Max(_version + 1, time.GetUtcNow().ToUnixTimeMilliseconds() * 1000);
        return _version;
    }
}
