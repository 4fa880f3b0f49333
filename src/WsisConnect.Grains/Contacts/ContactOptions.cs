namespace WsisConnect.Grains.Contacts;

/// <summary>
/// The per-recipient limit on contact requests, bound from the <c>Contacts</c> configuration section. Each sender
/// has a limit of their own (<c>NetworkingLimits.RequestsPerHour</c>); this one keeps many senders (self-registered
/// accounts, say) from flooding one person.
/// </summary>
public sealed class ContactOptions
{
    /// <summary>How many requests one person may receive within <see cref="IncomingRequestWindow"/>; more are refused to their senders.</summary>
    public int IncomingRequestsPerWindow { get; set; } = 30;

    /// <summary>The window of the per-recipient limit.</summary>
    public TimeSpan IncomingRequestWindow { get; set; } = TimeSpan.FromHours(1);
}
