using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Questions;

namespace WsisConnect.Grains.Questions;

/// <summary>A question as stored: one hash field per question, so a change rewrites only that question.</summary>
/// <param name="EverPublic">Whether participants have ever seen it; only then must they be told it is gone.</param>
/// <param name="OperationKey">The asker's operation that created it, if the client named one: a retry of that
/// operation, through any node and after any restart, finds this question instead of asking it again.</param>
/// <param name="EditedAt">When the asker last edited the text.</param>
/// <param name="Deleted">Deleted by its asker: kept as a tombstone without its text, so its number is never given to
/// another question.</param>
/// <param name="DeleteOperationKey">The asker's operation that deleted it: a retry of that operation, through any node
/// and after any restart, is answered as done; another operation finds no question.</param>
public sealed record QuestionRecord(
    int Id,
    string Text,
    string AuthorId,
    string AuthorName,
    bool Anonymous,
    Participation Origin,
    QuestionStatus Status,
    bool Pinned,
    DateTimeOffset AskedAt,
    long Revision,
    bool EverPublic,
    string? OperationKey = null,
    DateTimeOffset? EditedAt = null,
    bool Deleted = false,
    string? DeleteOperationKey = null)
{
    /// <summary>Approved and answered questions are shown to everyone in the session.</summary>
    public bool IsPublic => !Deleted && Status is QuestionStatus.Approved or QuestionStatus.Answered;

    /// <summary>The view of the question with <paramref name="upvotes"/>; anonymity hides the author from everyone.</summary>
    public QuestionView ToView(string sessionId, int upvotes) => new(
        Id, sessionId, Text,
        Anonymous ? null : AuthorId,
        Anonymous ? null : AuthorName,
        Origin, Status, Pinned, upvotes, AskedAt, Revision, EditedAt);
}
