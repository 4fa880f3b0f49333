using WsisConnect.Contracts.Errors;

namespace WsisConnect.Client.Live;

/// <summary>
/// The forum could not answer a hub call for a moment (code <c>store.unavailable</c>, <c>cluster.unavailable</c>, or
/// <c>server.busy</c> when the node is overloaded):
/// nothing was refused, so make the same call again after <see cref="RetryAfter"/>. The connection itself stays
/// open; a UI should say "reconnecting" or "try again", not show an error.
/// </summary>
public sealed class LiveHubUnavailableException(string code, string detail, Exception inner) : LiveHubException(code, detail, inner)
{
    /// <summary>Always true.</summary>
    public override bool IsRetryable => true;

    /// <summary>The forum's pause before a retry: <see cref="ErrorCodes.BusyRetryAfter"/> for <c>server.busy</c>, else <see cref="ErrorCodes.RetryAfter"/>.</summary>
    public override TimeSpan? RetryAfter => ErrorCodes.RetryAfterFor(Code) ?? ErrorCodes.RetryAfter;
}
