namespace WsisConnect.Client.Live;

/// <summary>
/// The hub refused a call; <see cref="Code"/> is the stable code (see <c>ErrorCodes</c>). When the forum was only
/// briefly unavailable the SDK throws the subclass <see cref="LiveHubUnavailableException"/> instead, so callers
/// can catch that alone and retry after <see cref="RetryAfter"/>.
/// </summary>
public class LiveHubException(string code, string detail, Exception inner) : Exception($"{code}: {detail}", inner)
{
    /// <summary>The stable error code, for example <c>question.already_upvoted</c>.</summary>
    public string Code { get; } = code;

    /// <summary>The human-readable explanation.</summary>
    public string Detail { get; } = detail;

    /// <summary>Whether the same call may succeed if made again shortly (<c>store.unavailable</c>, <c>cluster.unavailable</c>, <c>server.busy</c>).</summary>
    public virtual bool IsRetryable => false;

    /// <summary>How long to wait before retrying, when <see cref="IsRetryable"/>; null otherwise.</summary>
    public virtual TimeSpan? RetryAfter => null;
}
