namespace WsisConnect.Client.Operations;

/// <summary>
/// The pauses between retries of a write whose outcome is unknown: short at first (a dropped connection is usually
/// back within a second), then doubling to <see cref="Longest"/>, and never past the end of the retry window.
/// </summary>
internal sealed class RetryBackoff(TimeSpan window)
{
    /// <summary>The longest pause between two attempts.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(2);

    private readonly DateTimeOffset _deadline = DateTimeOffset.UtcNow + window;
    private TimeSpan _next = TimeSpan.FromMilliseconds(200);

    /// <summary>Whether there is time left for another attempt.</summary>
    public bool HasTimeLeft => DateTimeOffset.UtcNow < _deadline;

    /// <summary>How long is left of the window.</summary>
    public TimeSpan Left => _deadline - DateTimeOffset.UtcNow is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero;

    /// <summary>Waits before the next attempt; false when the window has closed.</summary>
    public async Task<bool> WaitAsync(CancellationToken ct)
    {
        if (!HasTimeLeft)
        {
            return false;
        }
        var pause = _next < Left ? _next : Left;
        _next = _next * 2 < Longest ? _next * 2 : Longest;
        await Task.Delay(pause, ct);
        return HasTimeLeft;
    }
}
