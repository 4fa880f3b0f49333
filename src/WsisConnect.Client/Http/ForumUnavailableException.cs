using System.Net;

namespace WsisConnect.Client.Http;

/// <summary>
/// The forum could not answer for a moment (its store or one of its nodes was not answering; code
/// <c>store.unavailable</c> or <c>cluster.unavailable</c>, or the node was overloaded: <c>server.busy</c>; HTTP 503). Nothing was refused: send the same request
/// again after <see cref="RetryAfter"/>. Votes are safe to retry (one per person and poll or category: a vote the
/// server did store is acknowledged again or refused as a duplicate); a question asked again may be stored twice if
/// the first attempt landed after all.
/// </summary>
public sealed class ForumUnavailableException(HttpStatusCode status, string code, string? detail, TimeSpan retryAfter)
    : ForumApiException(status, code, detail, errors: null)
{
    /// <summary>Always true.</summary>
    public override bool IsRetryable => true;

    /// <summary>The server's <c>Retry-After</c>, or the forum's usual pause when it sent none.</summary>
    public override TimeSpan? RetryAfter { get; } = retryAfter;
}
