using WsisConnect.Contracts.Errors;

namespace WsisConnect.Server.Errors;

/// <summary>The HTTP status each stable error code is reported with, and the code for a bare status.</summary>
public static class ErrorStatus
{
    /// <summary>The status for <paramref name="code"/>; 400 for codes without a more precise one.</summary>
    public static int For(string code) => code switch
    {
        ErrorCodes.Unauthenticated or ErrorCodes.InvalidCode or ErrorCodes.SetupInvalidCode => StatusCodes.Status401Unauthorized,
        ErrorCodes.ImportTooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorCodes.ImportHasErrors => StatusCodes.Status422UnprocessableEntity,
        ErrorCodes.ImportNotFound or ErrorCodes.RoomNotFound => StatusCodes.Status404NotFound,
        ErrorCodes.ImportStale or ErrorCodes.SetupDone or ErrorCodes.SessionExists or ErrorCodes.RoomExists or ErrorCodes.RoomNotEmpty
            or ErrorCodes.RegistrationExists => StatusCodes.Status409Conflict,
        ErrorCodes.Forbidden or ErrorCodes.RegistrationClosed or ErrorCodes.PrizeResultsHidden => StatusCodes.Status403Forbidden,
        ErrorCodes.SessionNotFound or ErrorCodes.QuestionNotFound or ErrorCodes.PollNotFound or ErrorCodes.PollEntryNotFound or ErrorCodes.PrizeNotFound
            or ErrorCodes.PersonNotFound or ErrorCodes.RequestNotFound or ErrorCodes.RouteNotFound
            => StatusCodes.Status404NotFound,
        ErrorCodes.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
        ErrorCodes.CodeTaken or ErrorCodes.SessionEnded or ErrorCodes.QuestionNotOpen or ErrorCodes.AlreadyUpvoted
            or ErrorCodes.NotUpvoted or ErrorCodes.OwnQuestion or ErrorCodes.QuestionNotEditable or ErrorCodes.InvalidModeration or ErrorCodes.PollNotOpen or ErrorCodes.PollAlreadyVoted
            or ErrorCodes.PollInvalidTransition or ErrorCodes.PrizeAlreadyVoted or ErrorCodes.PrizeVotingClosed
            or ErrorCodes.AlreadyContact or ErrorCodes.ContactBlocked
            => StatusCodes.Status409Conflict,
        ErrorCodes.NotAContact or ErrorCodes.NotYourQuestion => StatusCodes.Status403Forbidden,
        ErrorCodes.RequestTooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorCodes.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        ErrorCodes.TooManyRequests or ErrorCodes.CodeRateLimited or ErrorCodes.QuestionRateLimited or ErrorCodes.RequestRateLimited
            or ErrorCodes.RecipientRateLimited or ErrorCodes.MessageRateLimited
            => StatusCodes.Status429TooManyRequests,
        ErrorCodes.ServerError => StatusCodes.Status500InternalServerError,
        ErrorCodes.StoreUnavailable or ErrorCodes.ClusterUnavailable or ErrorCodes.ServerBusy => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>
    /// The code for a response that has only a status (routing's 404 and 405, an empty <c>NotFound()</c>, a
    /// framework's 400 or 415): every error answer carries a code, even those no handler of ours wrote.
    /// </summary>
    public static string CodeFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ErrorCodes.Invalid,
        StatusCodes.Status401Unauthorized => ErrorCodes.Unauthenticated,
        StatusCodes.Status403Forbidden => ErrorCodes.Forbidden,
        StatusCodes.Status404NotFound => ErrorCodes.RouteNotFound,
        StatusCodes.Status405MethodNotAllowed => ErrorCodes.MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => ErrorCodes.RequestTooLarge,
        StatusCodes.Status415UnsupportedMediaType => ErrorCodes.UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => ErrorCodes.TooManyRequests,
        StatusCodes.Status503ServiceUnavailable => ErrorCodes.ClusterUnavailable,
        >= 500 => ErrorCodes.ServerError,
        _ => ErrorCodes.RequestRejected,
    };
}
