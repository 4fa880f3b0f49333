using WsisConnect.Grains.Identity;
using Xunit;

namespace WsisConnect.Grains.Tests.Identity;

/// <summary>The per-code sign-in limit and its backoff, on a clock the test moves (defaults: 10 tries in 10 minutes, then 1 minute doubling).</summary>
public sealed class CodeAttemptsTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2025, 7, 7, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly ManualClock _clock = new();

    [Fact]
    public void TenTriesThenLockOutsThatDoubleWhileTheWindowIsFullAndAQuietWindowStartsOver()
    {
        var attempts = new CodeAttempts(new SignInOptions(), _clock);
        TryTen(attempts);

        Assert.Equal(TimeSpan.FromMinutes(1), attempts.TryAttempt());
        Wait(TimeSpan.FromSeconds(20));
        Assert.Equal(TimeSpan.FromSeconds(40), attempts.TryAttempt());
        // Each try once a lock-out ends, while the ten are still in the window, locks the code twice as long.
        foreach (var minutes in new[] { 2, 4, 8 })
        {
            Wait(TimeSpan.FromMinutes(minutes / 2.0) - (minutes == 2 ? TimeSpan.FromSeconds(20) : TimeSpan.Zero));
            Assert.Equal(TimeSpan.FromMinutes(minutes), attempts.TryAttempt());
        }

        // The ten have left the window by the end of the 8-minute lock-out: ten more tries, then 16 minutes.
        Wait(TimeSpan.FromMinutes(8));
        TryTen(attempts);
        Assert.Equal(TimeSpan.FromMinutes(16), attempts.TryAttempt());

        // A whole quiet window after that lock-out: the backoff starts over.
        Wait(TimeSpan.FromMinutes(16 + 10));
        TryTen(attempts);
        Assert.Equal(TimeSpan.FromMinutes(1), attempts.TryAttempt());
    }

    [Fact]
    public void BackoffStopsDoublingAtSixtyFourTimesTheFirstLockOut()
    {
        var attempts = new CodeAttempts(new SignInOptions { CodeWindow = TimeSpan.FromDays(1) }, _clock);
        TryTen(attempts);
        var lockouts = new List<TimeSpan>();
        for (var i = 0; i < 9; i++)
        {
            var lockout = attempts.TryAttempt()!.Value;
            lockouts.Add(lockout);
            Wait(lockout);
        }

        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 64, 64], lockouts.Select(l => (int)l.TotalMinutes));
    }

    private void TryTen(CodeAttempts attempts)
    {
        for (var i = 0; i < 10; i++)
        {
            Assert.Null(attempts.TryAttempt());
        }
    }

    private void Wait(TimeSpan span) => _clock.Now += span;
}
