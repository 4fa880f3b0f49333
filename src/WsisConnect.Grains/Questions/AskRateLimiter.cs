using WsisConnect.Contracts.Errors;

namespace WsisConnect.Grains.Questions;

/// <summary>
/// A sliding-window limit on asking, per person, held by the session's queue grain. It lives in memory: a limit
/// that resets when the grain is deactivated is still a limit, and persisting it would put a write on every ask.
/// </summary>
public sealed class AskRateLimiter(int maxPerWindow, TimeSpan window, TimeProvider time)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _asked = new(StringComparer.Ordinal);

    /// <summary>Refuses with <see cref="ErrorCodes.QuestionRateLimited"/> when the person has used the window up.</summary>
    public void EnsureAllowed(string attendeeId)
    {
        if (!_asked.TryGetValue(attendeeId, out var times))
        {
            return;
        }
        var now = time.GetUtcNow();
        while (times.Count > 0 && now - times.Peek() >= window)
        {
            times.Dequeue();
        }
        if (times.Count >= maxPerWindow)
        {
            var wait = window - (now - times.Peek());
            throw new ForumException(ErrorCodes.QuestionRateLimited,
                $"You can ask {maxPerWindow} questions per {window.TotalSeconds:0} s here; try again in {Math.Ceiling(wait.TotalSeconds):0} s.");
        }
    }

    /// <summary>Counts a question that was stored.</summary>
    public void Record(string attendeeId)
    {
        if (!_asked.TryGetValue(attendeeId, out var times))
        {
            _asked[attendeeId] = times = new Queue<DateTimeOffset>();
        }
        times.Enqueue(time.GetUtcNow());
    }
}
