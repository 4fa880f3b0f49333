namespace WsisConnect.Server.Auth;

/// <summary>Sign-in settings, bound from the <c>Auth</c> configuration section.</summary>
public sealed class AuthOptions
{
    /// <summary>Base64 HMAC key (at least 32 bytes) shared by every node. Unset: generated once and kept in the store.</summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a bearer token is valid; a forum week by default.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Sign-in and registration attempts allowed per client address per minute (guards against code guessing).</summary>
    public int AttemptsPerMinute { get; set; } = 30;
}
