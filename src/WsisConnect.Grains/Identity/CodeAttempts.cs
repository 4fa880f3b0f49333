namespace WsisConnect.Grains.Identity;

/// <summary>
/// The attempts made with one access code: <see cref="SignInOptions.CodeAttempts"/> within the window, then a
/// lock-out that doubles each time the code is tried again while the window is still full, so hammering one code
/// gets slower and slower. Held in the code's grain (one activation in the cluster, so every node counts together);
/// a quiet window starts the backoff over.
/// </summary>
public sealed class CodeAttempts(SignInOptions options, TimeProvider time)
{
    private const int MaxDoublings = 6;
    private readonly Queue<DateTimeOffset> _recent = new();
    private DateTimeOffset _lockedUntil = DateTimeOffset.MinValue;
    private int _lockouts;

    /// <summary>Counts an attempt and returns null, or returns how long the code is refused (the attempt is not made).</summary>
    public TimeSpan? TryAttempt()
    {
        var now = time.GetUtcNow();
        if (now < _lockedUntil)
        {
            return _lockedUntil - now;
        }
        while (_recent.Count > 0 && now - _recent.Peek() >= options.CodeWindow)
        {
            _recent.Dequeue();
        }
        if (_recent.Count == 0 && now - _lockedUntil >= options.CodeWindow)
        {
            _lockouts = 0;
        }
        if (_recent.Count >= options.CodeAttempts)
        {
            var lockout = options.CodeLockout * (1 << Math.Min(_lockouts, MaxDoublings));
            _lockouts++;
            _lockedUntil = now + lockout;
            return lockout;
        }
        _recent.Enqueue(now);
        return null;
    }
}
