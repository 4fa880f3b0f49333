namespace WsisConnect.Contracts.Errors;

/// <summary>
/// Stable error codes. HTTP errors carry one in the ProblemDetails <c>code</c> extension; hub errors carry one as
/// the prefix of the HubException message (<c>"question.too_long: ..."</c>). Codes never change meaning.
/// </summary>
public static class ErrorCodes
{
    /// <summary>No valid bearer token.</summary>
    public const string Unauthenticated = "auth.unauthenticated";
    /// <summary>The caller is known but may not do this.</summary>
    public const string Forbidden = "auth.forbidden";
    /// <summary>The access code signs nobody in.</summary>
    public const string InvalidCode = "auth.invalid_code";
    /// <summary>The access code is already bound to another person.</summary>
    public const string CodeTaken = "auth.code_taken";
    /// <summary>Organisers have switched remote self-registration off.</summary>
    public const string RegistrationClosed = "auth.registration_closed";
    /// <summary>This access code was tried too often; it is refused for a while, longer each time (the message says how long).</summary>
    public const string CodeRateLimited = "auth.code_rate_limited";
    /// <summary>Too many attempts; try again later.</summary>
    public const string TooManyRequests = "rate_limited";
    /// <summary>A field is missing or malformed; the message names it.</summary>
    public const string Invalid = "validation.invalid";
    /// <summary>No session has this id.</summary>
    public const string SessionNotFound = "session.not_found";
    /// <summary>The session has ended; its queue is read-only.</summary>
    public const string SessionEnded = "session.ended";
    /// <summary>The question is empty or only white space.</summary>
    public const string QuestionEmpty = "question.empty";
    /// <summary>The question is longer than the limit.</summary>
    public const string QuestionTooLong = "question.too_long";
    /// <summary>No question with this id in this session (or not visible to the caller).</summary>
    public const string QuestionNotFound = "question.not_found";
    /// <summary>The question cannot be upvoted in its state (pending, dismissed, answered).</summary>
    public const string QuestionNotOpen = "question.not_open";
    /// <summary>The caller has already upvoted this question.</summary>
    public const string AlreadyUpvoted = "question.already_upvoted";
    /// <summary>The caller has not upvoted this question.</summary>
    public const string NotUpvoted = "question.not_upvoted";
    /// <summary>The caller asked this question; askers cannot upvote their own.</summary>
    public const string OwnQuestion = "question.own";
    /// <summary>Asking too often in this session.</summary>
    public const string QuestionRateLimited = "question.rate_limited";
    /// <summary>The question can no longer be edited or deleted: it was answered, dismissed, or (for an edit) is on the room screen.</summary>
    public const string QuestionNotEditable = "question.not_editable";
    /// <summary>Someone else asked this question; only its asker may edit or delete it.</summary>
    public const string NotYourQuestion = "question.not_yours";
    /// <summary>The moderation action does not apply to the question in its state.</summary>
    public const string InvalidModeration = "moderation.invalid";
    /// <summary>No poll with this id.</summary>
    public const string PollNotFound = "poll.not_found";
    /// <summary>The poll is a draft or closed.</summary>
    public const string PollNotOpen = "poll.not_open";
    /// <summary>The poll being prepared is malformed; the message says how.</summary>
    public const string PollInvalid = "poll.invalid";
    /// <summary>An option index that the poll does not have.</summary>
    public const string PollInvalidOption = "poll.invalid_option";
    /// <summary>More options than the poll allows (or none).</summary>
    public const string PollTooManyChoices = "poll.too_many_choices";
    /// <summary>A rating outside the poll's range.</summary>
    public const string PollRatingOutOfRange = "poll.rating_out_of_range";
    /// <summary>An empty or over-long word-cloud answer.</summary>
    public const string PollInvalidAnswer = "poll.invalid_answer";
    /// <summary>A second vote where the poll does not allow changes.</summary>
    public const string PollAlreadyVoted = "poll.already_voted";
    /// <summary>The action does not apply to the poll in its state (opening a closed poll).</summary>
    public const string PollInvalidTransition = "poll.invalid_transition";
    /// <summary>No open-text answer with this id in the poll.</summary>
    public const string PollEntryNotFound = "poll.entry_not_found";
    /// <summary>No prize category or nominee with this id.</summary>
    public const string PrizeNotFound = "prize.not_found";
    /// <summary>The person has already voted in this category.</summary>
    public const string PrizeAlreadyVoted = "prize.already_voted";
    /// <summary>Totals are hidden until the organisers publish the winners.</summary>
    public const string PrizeResultsHidden = "prize.results_hidden";
    /// <summary>Voting has ended: the winners are published.</summary>
    public const string PrizeVotingClosed = "prize.voting_closed";
    /// <summary>The contact token is malformed, forged, or voided by a rotation.</summary>
    public const string BadgeInvalid = "badge.invalid";
    /// <summary>Scanning one's own badge.</summary>
    public const string BadgeOwn = "badge.own";
    /// <summary>No such person (or they left the directory).</summary>
    public const string PersonNotFound = "person.not_found";
    /// <summary>A request to someone who is already a contact.</summary>
    public const string AlreadyContact = "contact.already_contact";
    /// <summary>A request to someone the caller has blocked (unblock first).</summary>
    public const string ContactBlocked = "contact.blocked";
    /// <summary>A request to oneself.</summary>
    public const string ContactSelf = "contact.self";
    /// <summary>No such request, or not one the caller may answer.</summary>
    public const string RequestNotFound = "contact.request_not_found";
    /// <summary>Not a contact of the caller.</summary>
    public const string NotAContact = "contact.not_a_contact";
    /// <summary>Too many contact requests this hour.</summary>
    public const string RequestRateLimited = "contact.rate_limited";
    /// <summary>The recipient has received too many contact requests lately; try again later.</summary>
    public const string RecipientRateLimited = "contact.recipient_rate_limited";
    /// <summary>An empty message, or one over 2,000 characters.</summary>
    public const string MessageInvalid = "message.invalid";
    /// <summary>Sending messages too quickly; wait a moment.</summary>
    public const string MessageRateLimited = "message.rate_limited";
    /// <summary>The uploaded file cannot be read at all (not CSV or schedule JSON, required columns missing); the message says why.</summary>
    public const string ImportInvalidFile = "import.invalid_file";
    /// <summary>The uploaded file is larger than <c>Imports:MaxFileBytes</c> or has more rows than <c>Imports:MaxRows</c>.</summary>
    public const string ImportTooLarge = "import.too_large";
    /// <summary>No import preview with this id (never made, discarded, or expired after an hour unused): upload the file again.</summary>
    public const string ImportNotFound = "import.not_found";
    /// <summary>The preview lists errors: fix the file, or confirm with <c>skipInvalid</c> to leave the bad rows out.</summary>
    public const string ImportHasErrors = "import.has_errors";
    /// <summary>The agenda or the registration list changed since this preview was made; preview again.</summary>
    public const string ImportStale = "import.stale";
    /// <summary>The one-time setup code is wrong or already used.</summary>
    public const string SetupInvalidCode = "setup.invalid_code";
    /// <summary>The forum already has an organiser; setup is over.</summary>
    public const string SetupDone = "setup.done";
    /// <summary>A session with this id exists already.</summary>
    public const string SessionExists = "session.exists";
    /// <summary>No room of this name.</summary>
    public const string RoomNotFound = "room.not_found";
    /// <summary>A room of this name exists already.</summary>
    public const string RoomExists = "room.exists";
    /// <summary>Someone with this external id is registered already.</summary>
    public const string RegistrationExists = "registration.exists";
    /// <summary>Sessions still take place in this room; move them first.</summary>
    public const string RoomNotEmpty = "room.not_empty";
    /// <summary>No HTTP endpoint at this address.</summary>
    public const string RouteNotFound = "request.not_found";
    /// <summary>The address exists but not for this HTTP method.</summary>
    public const string MethodNotAllowed = "request.method_not_allowed";
    /// <summary>The request body is not JSON (send <c>Content-Type: application/json</c>).</summary>
    public const string UnsupportedMediaType = "request.unsupported_media_type";
    /// <summary>The request body is larger than the server accepts.</summary>
    public const string RequestTooLarge = "request.too_large";
    /// <summary>The HTTP request was refused for a reason without a more precise code; the status says which.</summary>
    public const string RequestRejected = "request.rejected";
    /// <summary>The forum's store is not answering. Retryable: nothing was changed that the retry cannot repeat.</summary>
    public const string StoreUnavailable = "store.unavailable";
    /// <summary>A node of the cluster is not answering or is restarting. Retryable.</summary>
    public const string ClusterUnavailable = "cluster.unavailable";
    /// <summary>
    /// The node is overloaded: the call was refused before it started, or took longer than the node's deadline to
    /// answer (a write with an operation id may then still be applied, once: send it again with the same id).
    /// Retryable, after <see cref="BusyRetryAfter"/>.
    /// </summary>
    public const string ServerBusy = "server.busy";
    /// <summary>An unexpected fault on the server; it is logged there. Not a refusal of what the caller sent.</summary>
    public const string ServerError = "server.error";

    /// <summary>How long a client should wait before retrying a call refused with a retryable code.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>How long a client should wait before retrying a call refused with <see cref="ServerBusy"/>: an overload is brief, and retries spread out by themselves.</summary>
    public static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether <paramref name="code"/> means "briefly unavailable, try again" (<see cref="StoreUnavailable"/>,
    /// <see cref="ClusterUnavailable"/>, <see cref="ServerBusy"/>) rather than a refusal that a retry would meet again.
    /// </summary>
    public static bool IsRetryable(string? code) => code is not null && Retryable.Contains(code);

    /// <summary>The codes <see cref="IsRetryable"/> accepts, for clients that keep the list (the PWA's generated contract).</summary>
    public static IReadOnlyList<string> Retryable { get; } = [StoreUnavailable, ClusterUnavailable, ServerBusy];

    /// <summary>The pause a client should make before retrying a call refused with <paramref name="code"/>; null when it is not retryable.</summary>
    public static TimeSpan? RetryAfterFor(string? code) => code switch
    {
        ServerBusy => BusyRetryAfter,
        StoreUnavailable or ClusterUnavailable => RetryAfter,
        _ => null,
    };
}
