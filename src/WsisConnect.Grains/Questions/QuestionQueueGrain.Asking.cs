using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Operations;

namespace WsisConnect.Grains.Questions;

public sealed partial class QuestionQueueGrain
{
    public async Task<QuestionView> AskAsync(Caller caller, string text, bool anonymous)
    {
        var operation = CurrentOperation.Key;
        if (operation is not null && _asked.TryGetValue(operation, out var askedBefore) && _questions.TryGetValue(askedBefore, out var before))
        {
            // A retry of an ask that was stored: the first outcome, and the asker's index written again in case the
            // first attempt failed between the two writes.
            await store.RememberAskerAsync(SessionId, caller.AttendeeId);
            return ToView(before);
        }
        var session = RequireOpenSession();
        var trimmed = QuestionText.Validate(text);
        if (_limiter.RetryAfter(caller.AttendeeId) is { } wait)
        {
            throw new ForumException(ErrorCodes.QuestionRateLimited, $"You can ask {options.Value.MaxPerWindow} questions per "
                + $"{options.Value.Window.TotalSeconds:0} s here; try again in {Math.Ceiling(wait.TotalSeconds):0} s.");
        }

        var status = session.QuestionMode == QuestionMode.Open ? QuestionStatus.Approved : QuestionStatus.Pending;
        var id = _questions.Count == 0 ? 1 : _questions.Keys.Max() + 1;
        var record = new QuestionRecord(id, trimmed, caller.AttendeeId, caller.Name, anonymous, caller.Participation,
            status, Pinned: false, time.GetUtcNow(), NextRevision(), EverPublic: status == QuestionStatus.Approved, operation);
        await store.SaveAsync(SessionId, record);
        await store.RememberAskerAsync(SessionId, caller.AttendeeId);
        metrics.Asked(SessionId);

        var entry = new QuestionEntry(record, new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        _questions[id] = entry;
        Remember(record);
        _limiter.Record(caller.AttendeeId);
        MarkChanged(id);
        if (!anonymous)
        {
            // Points for an anonymous question would name its asker: their score, rank and the top 10 move the
            // moment it appears. Anonymous questions earn nothing, neither when asked nor when upvoted.
            points.Award(caller, PointsKind.Asked);
        }
        LogAsked(logger, SessionId, id, status);
        return ToView(entry);
    }

    public async Task<UpvoteReceipt> UpvoteAsync(Caller caller, int questionId)
    {
        RequireOpenSession();
        var entry = RequireVisible(caller, questionId);
        if (entry.Record.Status != QuestionStatus.Approved)
        {
            throw new ForumException(ErrorCodes.QuestionNotOpen, $"Question {questionId} is {entry.Record.Status} and takes no upvotes.");
        }
        if (entry.Record.AuthorId == caller.AttendeeId)
        {
            throw new ForumException(ErrorCodes.OwnQuestion, $"Question {questionId} is yours; askers cannot upvote their own questions.");
        }
        if (entry.Voters.Contains(caller.AttendeeId))
        {
            if (entry.IsRetryOf(caller.AttendeeId, CurrentOperation.Key))
            {
                // The retry of an upvote whose answer was lost: it is done.
                return new UpvoteReceipt(SessionId, questionId, Upvoted: true, entry.Voters.Count);
            }
            throw new ForumException(ErrorCodes.AlreadyUpvoted, $"You have already upvoted question {questionId}.");
        }
        await store.AddVoterAsync(SessionId, questionId, caller.AttendeeId);
        entry.Voters.Add(caller.AttendeeId);
        Remember(entry, caller.AttendeeId);
        Touch(entry);
        // The asker earns points once per voter and question: upvoting again after withdrawing earns nothing.
        if (!entry.Record.Anonymous && !entry.Withdrawn.Contains(caller.AttendeeId))
        {
            points.Award(entry.Record.AuthorId, entry.Record.AuthorName, PointsKind.QuestionUpvoted);
        }
        return new UpvoteReceipt(SessionId, questionId, Upvoted: true, entry.Voters.Count);
    }

    public async Task<UpvoteReceipt> WithdrawUpvoteAsync(Caller caller, int questionId)
    {
        RequireOpenSession();
        var entry = RequireVisible(caller, questionId);
        if (!entry.Voters.Contains(caller.AttendeeId))
        {
            if (entry.Withdrawn.Contains(caller.AttendeeId) && entry.IsRetryOf(caller.AttendeeId, CurrentOperation.Key))
            {
                return new UpvoteReceipt(SessionId, questionId, Upvoted: false, entry.Voters.Count);
            }
            throw new ForumException(ErrorCodes.NotUpvoted, $"You have not upvoted question {questionId}.");
        }
        await store.RemoveVoterAsync(SessionId, questionId, caller.AttendeeId);
        entry.Voters.Remove(caller.AttendeeId);
        entry.Withdrawn.Add(caller.AttendeeId);
        Remember(entry, caller.AttendeeId);
        Touch(entry);
        return new UpvoteReceipt(SessionId, questionId, Upvoted: false, entry.Voters.Count);
    }

    private static void Remember(QuestionEntry entry, string voter) =>
        // An upvote without an operation is remembered as such (no key matches it), so nothing passes for its retry.
        entry.LastOperation[voter] = CurrentOperation.Key ?? string.Empty;

    /// <summary>
    /// A count change gets a new revision in memory only: the count itself is the size of the stored voter set,
    /// so persisting the record on every vote would add a write and buy nothing.
    /// </summary>
    private void Touch(QuestionEntry entry)
    {
        entry.Record = entry.Record with { Revision = NextRevision() };
        MarkChanged(entry.Record.Id);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Question {QuestionId} asked in {SessionId} as {Status}")]
    private static partial void LogAsked(ILogger logger, string sessionId, int questionId, QuestionStatus status);
}
