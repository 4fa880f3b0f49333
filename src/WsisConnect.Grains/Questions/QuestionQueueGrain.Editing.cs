using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Operations;

namespace WsisConnect.Grains.Questions;

/// <summary>
/// An asker's changes to their own question: an edit keeps its number, upvoters and votes (they live beside the record
/// and are not touched); a delete leaves a tombstone without the text.
/// </summary>
public sealed partial class QuestionQueueGrain
{
    public async Task<QuestionView> EditAsync(Caller caller, int questionId, string text)
    {
        var session = RequireOpenSession();
        var entry = RequireOwn(caller, questionId, "edit");
        var trimmed = QuestionText.Validate(text);
        if (trimmed == entry.Record.Text)
        {
            // Nothing to change, which is also what a retry of a stored edit finds, through any node.
            return ToView(entry);
        }
        RequireChangeable(entry, "edited");
        if (entry.Record.Pinned)
        {
            // The speaker is reading it on the room screen: the words must not change under them.
            throw new ForumException(ErrorCodes.QuestionNotEditable, $"Question {questionId} is on the room screen and can no longer be edited.");
        }
        if (_editLimiter.RetryAfter(caller.AttendeeId) is { } wait)
        {
            throw new ForumException(ErrorCodes.QuestionRateLimited, $"You can edit {options.Value.MaxPerWindow} times per "
                + $"{options.Value.Window.TotalSeconds:0} s here; try again in {Math.Ceiling(wait.TotalSeconds):0} s.");
        }

        // A pre-moderated session publishes only what a moderator has read: an approved question whose words change
        // goes back to the moderators, or approving a harmless question would let any text through afterwards.
        var status = session.QuestionMode == QuestionMode.PreModerated ? QuestionStatus.Pending : entry.Record.Status;
        var record = Stamp(entry.Record with { Text = trimmed, Status = status, EditedAt = time.GetUtcNow() });
        await store.SaveAsync(SessionId, record);
        entry.Record = record;
        _editLimiter.Record(caller.AttendeeId);
        MarkChanged(questionId);
        LogEdited(logger, SessionId, questionId, status);
        return ToView(entry);
    }

    public async Task DeleteAsync(Caller caller, int questionId)
    {
        RequireOpenSession();
        if (CurrentOperation.Key is { } operation && _questions.TryGetValue(questionId, out var gone)
            && gone.Record.Deleted && gone.Record.DeleteOperationKey == operation && gone.Record.AuthorId == caller.AttendeeId)
        {
            // A retry of a delete whose answer was lost: it is done.
            return;
        }
        var entry = RequireOwn(caller, questionId, "delete");
        RequireChangeable(entry, "deleted");
        var record = Stamp(entry.Record) with
        {
            Text = string.Empty, Pinned = false, Deleted = true, DeleteOperationKey = CurrentOperation.Key,
        };
        await store.SaveAsync(SessionId, record);
        entry.Record = record;
        MarkChanged(questionId);
        LogDeleted(logger, SessionId, questionId);
    }

    /// <summary>The caller's own question; someone else's is refused, or not found when the caller cannot see it.</summary>
    private QuestionEntry RequireOwn(Caller caller, int questionId, string verb)
    {
        var entry = RequireVisible(caller, questionId);
        if (entry.Record.AuthorId != caller.AttendeeId)
        {
            throw new ForumException(ErrorCodes.NotYourQuestion, $"Question {questionId} is someone else's; only its asker can {verb} it.");
        }
        return entry;
    }

    private static void RequireChangeable(QuestionEntry entry, string done)
    {
        if (entry.Record.Status is not (QuestionStatus.Pending or QuestionStatus.Approved))
        {
            throw new ForumException(ErrorCodes.QuestionNotEditable,
                $"Question {entry.Record.Id} is {entry.Record.Status} and can no longer be {done}.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Question {QuestionId} in {SessionId} edited by its asker, now {Status}")]
    private static partial void LogEdited(ILogger logger, string sessionId, int questionId, QuestionStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Question {QuestionId} in {SessionId} deleted by its asker")]
    private static partial void LogDeleted(ILogger logger, string sessionId, int questionId);
}
