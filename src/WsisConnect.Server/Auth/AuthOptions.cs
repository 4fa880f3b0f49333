namespace WsisConnect.Server.Auth;

/// <summary>Sign-in settings, bound from the <c>Auth</c> configuration section.</summary>
public sealed class AuthOptions
{
    /// <summary>Base64 HMAC key (at least 32 bytes) shared by every node. Unset: generated once and kept in the store.</summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// Base64 key (32+ bytes) that seals personal access codes for the organisers' exports. Unset: derived from
    /// <see cref="SigningKey"/>. Either must be configured (not generated into the store) for a store copy to reveal
    /// no code.
    /// </summary>
    public string? CodeKey { get; set; }

    /// <summary>How long a bearer token is valid; a forum week by default.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Sign-in and registration attempts allowed per client address per minute, on each node. Generous on purpose:
    /// a venue's network puts thousands of people behind one address, and guessing is made infeasible by the codes'
    /// 60 bits and the per-code limit (<c>Auth:CodeAttempts</c>), not by this.
    /// </summary>
    public int AttemptsPerMinute { get; set; } = 1000;

    /// <summary>How often each node re-reads the stored revocation list, catching up on any message it missed.</summary>
    public TimeSpan RevocationRefresh { get; set; } = TimeSpan.FromSeconds(5);
}
