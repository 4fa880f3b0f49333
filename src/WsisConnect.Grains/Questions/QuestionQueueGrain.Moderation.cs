using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Agenda;

namespace WsisConnect.Grains.Questions;

public sealed partial class QuestionQueueGrain
{
    public async Task<QuestionView> ModerateAsync(Caller caller, int questionId, ModerationAction action)
    {
        var session = RequireSession();
        SessionAccess.EnsureModerator(caller, session);
        var entry = RequireVisible(caller, questionId, moderator: true);
        var current = entry.Record;

        var next = action switch
        {
            ModerationAction.Approve => current with { Status = QuestionStatus.Approved },
            ModerationAction.Dismiss => current with { Status = QuestionStatus.Dismissed, Pinned = false },
            ModerationAction.MarkAnswered => current with { Status = QuestionStatus.Answered, Pinned = false },
            ModerationAction.Pin when current.Status == QuestionStatus.Dismissed =>
                throw new ForumException(ErrorCodes.InvalidModeration, $"Question {questionId} is dismissed; approve it before pinning."),
            ModerationAction.Pin => current with
            {
                Pinned = true,
                Status = current.Status == QuestionStatus.Pending ? QuestionStatus.Approved : current.Status,
            },
            ModerationAction.Unpin => current with { Pinned = false },
            _ => throw new ForumException(ErrorCodes.Invalid, $"Unknown moderation action {action}."),
        };
        if (next == current)
        {
            return ToView(entry);
        }

        // Only one question is on screen: pinning another unpins the old one in the same write.
        var unpinned = next.Pinned
            ? _questions.Values.Where(q => q.Record.Pinned && q.Record.Id != questionId).ToList()
            : [];
        var changes = new List<(QuestionEntry Entry, QuestionRecord Record)>(unpinned.Count + 1);
        changes.Add((entry, Stamp(next)));
        changes.AddRange(unpinned.Select(q => (q, Stamp(q.Record with { Pinned = false }))));

        await store.SaveAsync(SessionId, [.. changes.Select(c => c.Record)]);
        foreach (var (changed, record) in changes)
        {
            changed.Record = record;
            MarkChanged(record.Id);
        }
        LogModerated(logger, SessionId, questionId, action, caller.AttendeeId);
        return ToView(entry);
    }

    public async Task AnonymiseAuthorAsync(string attendeeId)
    {
        var theirs = _questions.Values.Where(q => q.Record.AuthorId == attendeeId).ToList();
        if (theirs.Count == 0)
        {
            return;
        }
        var anonymised = theirs.Select(q => (q, Stamp(q.Record with { AuthorId = "former", AuthorName = "Former participant", Anonymous = true }))).ToList();
        await store.SaveAsync(SessionId, [.. anonymised.Select(a => a.Item2)]);
        foreach (var (entry, record) in anonymised)
        {
            entry.Record = record;
            MarkChanged(record.Id);
        }
    }

    private QuestionRecord Stamp(QuestionRecord record) =>
        record with { Revision = NextRevision(), EverPublic = record.EverPublic || record.IsPublic };

    [LoggerMessage(Level = LogLevel.Information, Message = "Question {QuestionId} in {SessionId}: {Action} by {AttendeeId}")]
    private static partial void LogModerated(ILogger logger, string sessionId, int questionId, ModerationAction action, string attendeeId);
}
