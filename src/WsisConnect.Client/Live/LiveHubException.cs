namespace WsisConnect.Client.Live;

/// <summary>The hub refused a call; <see cref="Code"/> is the stable code (see <c>ErrorCodes</c>).</summary>
public sealed class LiveHubException(string code, string detail, Exception inner) : Exception($"{code}: {detail}", inner)
{
    /// <summary>The stable error code, for example <c>question.already_upvoted</c>.</summary>
    public string Code { get; } = code;

    /// <summary>The human-readable explanation.</summary>
    public string Detail { get; } = detail;
}
