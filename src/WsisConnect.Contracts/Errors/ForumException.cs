namespace WsisConnect.Contracts.Errors;

/// <summary>
/// A refusal with a stable <see cref="Code"/> (see <see cref="ErrorCodes"/>). Grains throw it before changing
/// anything; the server turns it into ProblemDetails or a hub error.
/// </summary>
[Wire("wsis.ForumException")]
public sealed class ForumException : Exception
{
    /// <summary>Creates a refusal.</summary>
    public ForumException(string code, string message) : base(message) => Code = code;

    /// <summary>The stable code, for example <c>question.too_long</c>.</summary>
    public string Code { get; private set; }
}
