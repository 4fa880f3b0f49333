using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Questions;

/// <summary>The live question queue of one session, keyed by session id.</summary>
public interface IQuestionQueueGrain : IGrainWithStringKey
{
    /// <summary>What <paramref name="caller"/> may see of the queue now.</summary>
    Task<QuestionQueueSnapshot> GetSnapshotAsync(Caller caller);

    /// <summary>Asks a question; returns it once stored. Anonymous questions earn no points, so no score names their asker.</summary>
    Task<QuestionView> AskAsync(Caller caller, string text, bool anonymous);

    /// <summary>
    /// Replaces the text of the caller's own pending or approved (not pinned) question, keeping its id and upvoters; in a
    /// pre-moderated session an approved question goes back to pending.
    /// </summary>
    Task<QuestionView> EditAsync(Caller caller, int questionId, string text);

    /// <summary>Deletes the caller's own pending or approved question for everyone; its number is never reused.</summary>
    Task DeleteAsync(Caller caller, int questionId);

    /// <summary>Upvotes a visible question, once per person and never one's own; the asker earns points once per voter.</summary>
    Task<UpvoteReceipt> UpvoteAsync(Caller caller, int questionId);

    /// <summary>Takes the caller's upvote back.</summary>
    Task<UpvoteReceipt> WithdrawUpvoteAsync(Caller caller, int questionId);

    /// <summary>Applies a moderator's action; moderators of the session and organisers only.</summary>
    Task<QuestionView> ModerateAsync(Caller caller, int questionId, ModerationAction action);

    /// <summary>Anonymises every question <paramref name="attendeeId"/> asked here (account deletion).</summary>
    Task AnonymiseAuthorAsync(string attendeeId);

    /// <summary>
    /// Called by the session grain when the session changed (mode, status, moderators), before it announces the
    /// change, and only while this queue is active: an inactive queue reads the session when it activates.
    /// </summary>
    Task OnSessionChangedAsync(SessionDetails details);
}
