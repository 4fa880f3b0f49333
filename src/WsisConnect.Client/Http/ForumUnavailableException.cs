using System.Net;

namespace WsisConnect.Client.Http;

/// <summary>
/// The forum could not answer for a moment (its store or one of its nodes was not answering; code
/// <c>store.unavailable</c> or <c>cluster.unavailable</c>, HTTP 503). Nothing was refused: send the same request
/// again after <see cref="RetryAfter"/>. Votes, questions and other writes are safe to retry: a write the server
/// did apply is either acknowledged again or refused as a duplicate (<c>poll.already_voted</c>, ...).
/// </summary>
public sealed class ForumUnavailableException(HttpStatusCode status, string code, string? detail, TimeSpan retryAfter)
    : ForumApiException(status, code, detail, errors: null)
{
    /// <summary>Always true.</summary>
    public override bool IsRetryable => true;

    /// <summary>The server's <c>Retry-After</c>, or the forum's usual pause when it sent none.</summary>
    public override TimeSpan? RetryAfter { get; } = retryAfter;
}
