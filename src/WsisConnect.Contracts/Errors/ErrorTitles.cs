using System.Collections.Frozen;

namespace WsisConnect.Contracts.Errors;

/// <summary>
/// A short human sentence for every <see cref="ErrorCodes"/> code: the ProblemDetails <c>title</c> over HTTP.
/// The <c>detail</c> says what happened in this case; the title says what the code means in general.
/// </summary>
public static class ErrorTitles
{
    private static readonly FrozenDictionary<string, string> Titles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ErrorCodes.Unauthenticated] = "Sign in first: no valid bearer token was sent.",
        [ErrorCodes.Forbidden] = "You may not do this.",
        [ErrorCodes.InvalidCode] = "This access code signs nobody in.",
        [ErrorCodes.CodeTaken] = "This access code already belongs to someone else.",
        [ErrorCodes.RegistrationClosed] = "The organisers have closed self-registration.",
        [ErrorCodes.CodeRateLimited] = "This access code was tried too often: wait a little and try again.",
        [ErrorCodes.TooManyRequests] = "Too many attempts: wait a little and try again.",
        [ErrorCodes.Invalid] = "Something in the request is missing or malformed.",
        [ErrorCodes.SessionNotFound] = "There is no such session.",
        [ErrorCodes.SessionEnded] = "The session has ended; its questions are closed.",
        [ErrorCodes.QuestionEmpty] = "The question is empty.",
        [ErrorCodes.QuestionTooLong] = "The question is too long.",
        [ErrorCodes.QuestionNotFound] = "There is no such question.",
        [ErrorCodes.QuestionNotOpen] = "The question cannot be upvoted in its state.",
        [ErrorCodes.AlreadyUpvoted] = "You have already upvoted this question.",
        [ErrorCodes.OwnQuestion] = "You cannot upvote your own question.",
        [ErrorCodes.NotUpvoted] = "You have not upvoted this question.",
        [ErrorCodes.QuestionRateLimited] = "You are asking too often in this session.",
        [ErrorCodes.QuestionNotEditable] = "The question can no longer be changed.",
        [ErrorCodes.NotYourQuestion] = "Only the asker can change this question.",
        [ErrorCodes.InvalidModeration] = "This moderation action does not apply to the question now.",
        [ErrorCodes.PollNotFound] = "There is no such poll.",
        [ErrorCodes.PollNotOpen] = "The poll is not taking votes.",
        [ErrorCodes.PollInvalid] = "The poll is incomplete or malformed.",
        [ErrorCodes.PollInvalidOption] = "The poll has no such option.",
        [ErrorCodes.PollTooManyChoices] = "The number of choices is outside what the poll allows.",
        [ErrorCodes.PollRatingOutOfRange] = "The rating is outside the poll's range.",
        [ErrorCodes.PollInvalidAnswer] = "The answer is empty or too long.",
        [ErrorCodes.PollAlreadyVoted] = "You have voted in this poll, and it does not allow changes.",
        [ErrorCodes.PollInvalidTransition] = "The poll cannot make this change in its state.",
        [ErrorCodes.PollEntryNotFound] = "There is no such answer in the poll.",
        [ErrorCodes.PrizeNotFound] = "There is no such prize category or nominee.",
        [ErrorCodes.PrizeAlreadyVoted] = "You have already voted in this category.",
        [ErrorCodes.PrizeResultsHidden] = "Totals stay hidden until the winners are published.",
        [ErrorCodes.PrizeVotingClosed] = "Voting is over: the winners are published.",
        [ErrorCodes.BadgeInvalid] = "The badge code is malformed, forged or replaced.",
        [ErrorCodes.BadgeOwn] = "That is your own badge.",
        [ErrorCodes.PersonNotFound] = "There is no such person in the directory.",
        [ErrorCodes.AlreadyContact] = "You are contacts already.",
        [ErrorCodes.ContactBlocked] = "You blocked this person; unblock them first.",
        [ErrorCodes.ContactSelf] = "You cannot do this with yourself.",
        [ErrorCodes.RequestNotFound] = "There is no such contact request waiting for you.",
        [ErrorCodes.NotAContact] = "This person is not one of your contacts.",
        [ErrorCodes.RequestRateLimited] = "Too many contact requests this hour.",
        [ErrorCodes.RecipientRateLimited] = "This person has received too many contact requests lately; try again later.",
        [ErrorCodes.MessageRateLimited] = "You are sending messages too quickly; wait a moment.",
        [ErrorCodes.MessageInvalid] = "The message is empty or too long.",
        [ErrorCodes.ImportInvalidFile] = "The uploaded file cannot be read as an agenda or registration list.",
        [ErrorCodes.ImportTooLarge] = "The uploaded file is too large or has too many rows.",
        [ErrorCodes.ImportNotFound] = "There is no such import preview; upload the file again.",
        [ErrorCodes.ImportHasErrors] = "The preview lists errors: fix the file, or confirm leaving the bad rows out.",
        [ErrorCodes.ImportStale] = "The forum changed since this preview was made; preview the file again.",
        [ErrorCodes.SetupInvalidCode] = "This setup code is wrong or already used.",
        [ErrorCodes.SetupDone] = "This forum has its organiser already; setup is over.",
        [ErrorCodes.SessionExists] = "A session with this id exists already.",
        [ErrorCodes.RoomNotFound] = "There is no room of this name.",
        [ErrorCodes.RoomExists] = "A room of this name exists already.",
        [ErrorCodes.RoomNotEmpty] = "Sessions still take place in this room; move them first.",
        [ErrorCodes.RegistrationExists] = "Someone with this external id is registered already.",
        [ErrorCodes.RouteNotFound] = "There is nothing at this address.",
        [ErrorCodes.MethodNotAllowed] = "This address does not take this HTTP method.",
        [ErrorCodes.UnsupportedMediaType] = "The request body must be JSON.",
        [ErrorCodes.RequestTooLarge] = "The request body is too large.",
        [ErrorCodes.RequestRejected] = "The request was refused.",
        [ErrorCodes.StoreUnavailable] = "The forum's store is not answering; try again in a few seconds.",
        [ErrorCodes.ClusterUnavailable] = "The forum is briefly unavailable; try again in a few seconds.",
        [ErrorCodes.ServerBusy] = "The forum is very busy right now; try again in a moment.",
        [ErrorCodes.ServerError] = "Something went wrong on the server; it has been logged.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every code with a title, for checks that none is missing.</summary>
    public static IEnumerable<string> Codes => Titles.Keys;

    /// <summary>The title for <paramref name="code"/>; a generic sentence for a code without one.</summary>
    public static string For(string code) => Titles.GetValueOrDefault(code) ?? "The request was refused.";
}
