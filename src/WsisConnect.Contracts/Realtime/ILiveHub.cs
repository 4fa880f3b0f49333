using WsisConnect.Contracts.Questions;

namespace WsisConnect.Contracts.Realtime;

/// <summary>
/// The methods a client calls on the live hub (<c>/hubs/live</c>, bearer token required). Refusals arrive as a
/// HubException whose message starts with a stable code from <see cref="Errors.ErrorCodes"/>.
/// Every method that changes something ends with an <c>operationId</c> argument (send null, or a new GUID per
/// intended action): a retry with the same id returns the first outcome and never applies twice, so a client that
/// lost its connection mid-call, or was told <c>store.unavailable</c> / <c>cluster.unavailable</c>, sends the same
/// call again with the same id (see <see cref="Operations.OperationKeys"/>).
/// </summary>
public interface ILiveHub
{
    /// <summary>Subscribes to a session's changes and returns its snapshot; changes after the snapshot follow as <see cref="ILiveClient.QuestionsChanged"/>.</summary>
    Task<QuestionQueueSnapshot> JoinSession(string sessionId);

    /// <summary>Stops receiving a session's changes.</summary>
    Task LeaveSession(string sessionId);

    /// <summary>
    /// Receives the agenda's changes (<see cref="ILiveClient.AgendaChanged"/>) from now on and returns its version:
    /// a client that loaded an older agenda reloads it. Called again after each reconnect.
    /// </summary>
    Task<long> WatchAgenda();

    /// <summary>Stops receiving the agenda's changes.</summary>
    Task UnwatchAgenda();

    /// <summary>
    /// Organisers only: starts receiving the operations dashboard's pulse (<see cref="ILiveClient.OperationsPulse"/>, once a
    /// second) and returns the latest. Called again after each reconnect.
    /// </summary>
    Task<Monitoring.ForumPulse> WatchOperations();

    /// <summary>Stops receiving the operations pulse.</summary>
    Task UnwatchOperations();

    /// <summary>Asks a question; returns it as stored (pending in pre-moderated sessions).</summary>
    Task<QuestionView> AskQuestion(string sessionId, string text, bool anonymous, string? operationId = null);

    /// <summary>
    /// Replaces the text of the caller's own question while it is pending or approved and not pinned; its id, upvoters and
    /// votes stay. In a pre-moderated session an approved question goes back to pending for a moderator to review again.
    /// </summary>
    Task<QuestionView> EditQuestion(string sessionId, int questionId, string text, string? operationId = null);

    /// <summary>Deletes the caller's own question while it is pending or approved; it disappears for everyone.</summary>
    Task DeleteQuestion(string sessionId, int questionId, string? operationId = null);

    /// <summary>Upvotes a question, once per person; askers cannot upvote their own (<c>question.own</c>).</summary>
    Task<UpvoteReceipt> Upvote(string sessionId, int questionId, string? operationId = null);

    /// <summary>Takes an upvote back.</summary>
    Task<UpvoteReceipt> WithdrawUpvote(string sessionId, int questionId, string? operationId = null);

    /// <summary>A moderator's action on a question.</summary>
    Task<QuestionView> Moderate(string sessionId, int questionId, ModerationAction action, string? operationId = null);

    /// <summary>A moderator switches the session between pre-moderated and open questions.</summary>
    Task SetQuestionMode(string sessionId, Agenda.QuestionMode mode, string? operationId = null);

    /// <summary>A moderator starts (Live) or ends (Ended) the session; an ended session takes no more questions or upvotes.</summary>
    Task SetSessionStatus(string sessionId, Agenda.SessionStatus status, string? operationId = null);

    /// <summary>The session's polls as the caller sees them.</summary>
    Task<IReadOnlyList<Polls.PollView>> ListPolls(string sessionId);

    /// <summary>A moderator prepares a poll (a draft).</summary>
    Task<Polls.PollDetails> CreatePoll(string sessionId, Polls.PollDraft draft, string? operationId = null);

    /// <summary>A moderator opens a draft poll.</summary>
    Task<Polls.PollDetails> OpenPoll(string pollId, string? operationId = null);

    /// <summary>A moderator closes an open poll.</summary>
    Task<Polls.PollDetails> ClosePoll(string pollId, string? operationId = null);

    /// <summary>A moderator shows a poll's results on the room screen (and to everyone) before it closes.</summary>
    Task<Polls.PollDetails> ShowPollResults(string pollId, string? operationId = null);

    /// <summary>A moderator approves (shows) or dismisses an open-text answer.</summary>
    Task<Polls.TextEntry> ModeratePollEntry(string pollId, string entryId, bool approve, string? operationId = null);

    /// <summary>Votes in an open poll; acknowledged once stored.</summary>
    Task<Polls.VoteReceipt> Vote(string pollId, Polls.Ballot ballot, string? operationId = null);

    /// <summary>The leaderboard's top 10 and the caller's place.</summary>
    Task<Leaderboard.LeaderboardView> GetLeaderboard();

    /// <summary>The caller's badge: the signed token for the QR code, the short code to type, and the link.</summary>
    Task<Networking.Badge> GetBadge();

    /// <summary>Voids the caller's badge and issues a new one.</summary>
    Task<Networking.Badge> RotateBadge(string? operationId = null);

    /// <summary>Scans a badge (the QR link or token, or the short code): the two become contacts at once and both are told.</summary>
    Task<Networking.ScanResult> ScanBadge(string code, string? note, string[]? tags, string? operationId = null);

    /// <summary>Sends a contact request with a short message.</summary>
    Task<Networking.ContactRequest> SendContactRequest(string toAttendeeId, string message, string? operationId = null);

    /// <summary>Accepts, declines or ignores a contact request.</summary>
    Task<Networking.ContactRequest> RespondToContactRequest(string requestId, Networking.RequestStatus answer, string? operationId = null);

    /// <summary>Blocks or unblocks a person.</summary>
    Task SetBlocked(string attendeeId, bool blocked, string? operationId = null);

    /// <summary>Sets the private note and tags on a contact.</summary>
    Task<Networking.Contact> AnnotateContact(string contactId, string note, string[] tags, string? operationId = null);

    /// <summary>The caller's contacts, requests and blocks.</summary>
    Task<Networking.ContactBookView> GetContactBook();

    /// <summary>Sends a message to a contact.</summary>
    Task<Networking.DirectMessage> SendMessage(string toAttendeeId, string text, string? operationId = null);

    /// <summary>A page of the conversation with a contact, newest page first when <paramref name="beforeSequence"/> is null.</summary>
    Task<Networking.MessagePage> GetMessages(string withAttendeeId, long? beforeSequence, int take);

    /// <summary>Marks the conversation read up to <paramref name="sequence"/>; returns what is still unread.</summary>
    Task<long> MarkMessagesRead(string withAttendeeId, long sequence, string? operationId = null);

    /// <summary>
    /// People the caller should meet, best first, each with its reasons as data (<see cref="Networking.MatchReason"/>:
    /// a kind, a count and the codes shared) for the app to word in the reader's language.
    /// </summary>
    Task<Networking.Suggestion[]> GetSuggestions(int take);

    /// <summary>Checks in to a session (by tap or the room's QR code), visible in its list or not.</summary>
    Task<Networking.SessionPresence> CheckIn(string sessionId, bool visible, string? operationId = null);

    /// <summary>Checks out of a session.</summary>
    Task<Networking.SessionPresence> CheckOut(string sessionId, string? operationId = null);

    /// <summary>Who is in a session now.</summary>
    Task<Networking.SessionPresence> GetPresence(string sessionId);
}
