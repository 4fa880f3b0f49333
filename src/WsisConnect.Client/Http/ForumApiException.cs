using System.Net;

namespace WsisConnect.Client.Http;

/// <summary>The server refused an HTTP request; <see cref="Code"/> is the stable code of its ProblemDetails.</summary>
public sealed class ForumApiException(HttpStatusCode status, string code, string? detail, IReadOnlyDictionary<string, string[]>? errors)
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
}
