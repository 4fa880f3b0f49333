namespace WsisConnect.Grains.Messages;

/// <summary>The per-sender limit on messages, bound from the <c>Messages</c> configuration section.</summary>
public sealed class MessageOptions
{
    /// <summary>How many messages one person may send, to all their contacts together, within <see cref="Window"/>.</summary>
    public int MaxPerWindow { get; set; } = 30;

    /// <summary>The sliding window of the per-sender limit.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
