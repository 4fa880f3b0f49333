using System.Net;
using WsisConnect.Contracts.Errors;

namespace WsisConnect.Client.Http;

/// <summary>
/// The server refused an HTTP request; <see cref="Code"/> is the stable code of its ProblemDetails. When the forum
/// was only briefly unavailable the SDK throws the subclass <see cref="ForumUnavailableException"/> instead, so
/// callers can catch that alone and retry after <see cref="RetryAfter"/>.
/// </summary>
public class ForumApiException(HttpStatusCode status, string code, string? detail, IReadOnlyDictionary<string, string[]>? errors)
    : Exception($"{(int)status} {code}: {detail}")
{
    /// <summary>The HTTP status.</summary>
    public HttpStatusCode Status { get; } = status;

    /// <summary>The stable error code, for example <c>auth.invalid_code</c>.</summary>
    public string Code { get; } = code;

    /// <summary>The human-readable explanation.</summary>
    public string? Detail { get; } = detail;

    /// <summary>Field errors of a validation problem.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors ?? new Dictionary<string, string[]>();

    /// <summary>
    /// Whether the same request may succeed if sent again shortly: the store or a node was not answering
    /// (<c>store.unavailable</c>, <c>cluster.unavailable</c>, <c>server.busy</c>, or a 502/503/504 from a proxy in front of the nodes).
    /// A refusal (everything else) would be refused again.
    /// </summary>
    public virtual bool IsRetryable => false;

    /// <summary>How long to wait before retrying, when <see cref="IsRetryable"/>; null otherwise.</summary>
    public virtual TimeSpan? RetryAfter => null;
}
