namespace WsisConnect.Grains.Identity;

/// <summary>
/// How often one access code may be tried, bound from the <c>Auth</c> configuration section. The limit is per code
/// (keyed, like the grain, by the code's hash), so it cannot lock anybody out but whoever presents that code.
/// </summary>
public sealed class SignInOptions
{
    /// <summary>Attempts with one code allowed within <see cref="CodeWindow"/>.</summary>
    public int CodeAttempts { get; set; } = 10;

    /// <summary>The sliding window of the per-code limit.</summary>
    public TimeSpan CodeWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The first lock-out of a code tried too often; each further one doubles it, up to 64 times.</summary>
    public TimeSpan CodeLockout { get; set; } = TimeSpan.FromMinutes(1);
}
