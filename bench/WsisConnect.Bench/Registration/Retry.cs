using System.Net;
using WsisConnect.Client.Http;

namespace WsisConnect.Bench.Registration;

/// <summary>Which failures are worth another attempt, and how long to wait before it.</summary>
public static class Retry
{
    /// <summary>Too many requests, a server error, a dropped connection or a timeout: transient under load.</summary>
    public static bool IsTransient(Exception e, CancellationToken ct) => e switch
    {
        ForumApiException api => api.Status == HttpStatusCode.TooManyRequests || (int)api.Status >= 500,
        HttpRequestException => true,
        TaskCanceledException => !ct.IsCancellationRequested,
        IOException => true,
        _ => false,
    };

    /// <summary>Exponential backoff from 100 ms, capped at 5 s, with jitter.</summary>
    public static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(5_000, 100 * Math.Pow(2, attempt)) * (0.5 + Random.Shared.NextDouble() / 2));

    /// <summary>A short name for a failure, to count failures by kind.</summary>
    public static string Describe(Exception e) => e switch
    {
        ForumApiException api => $"{(int)api.Status} {api.Code}",
        Client.Live.LiveHubException { Code: "hub.error" } hub => "hub.error: " + hub.Detail[(hub.Detail.LastIndexOf(':') + 1)..].Trim(),
        Client.Live.LiveHubException hub => hub.Code,
        TaskCanceledException => "timeout",
        _ => e.GetType().Name,
    };
}
