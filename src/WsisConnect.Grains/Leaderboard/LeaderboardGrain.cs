using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Leaderboard;
using WsisConnect.Grains.Realtime;

namespace WsisConnect.Grains.Leaderboard;

/// <summary>
/// Watches the leaderboard's version once a second while points change and pushes the top 10 when its content
/// moved: a leaderboard fed by everyone costs one push a second at most, never one per award.
/// </summary>
public sealed class LeaderboardGrain(LeaderboardStore store, ILiveBroadcaster broadcaster) : Grain, ILeaderboardGrain
{
    private static readonly TimeSpan PushInterval = TimeSpan.FromSeconds(1);
    private const int TopCount = 10;

    private IGrainTimer? _timer;
    private long _pushedVersion = -1;
    private LeaderboardTop? _top;

    public async Task<LeaderboardView> GetAsync(Caller caller)
    {
        var version = await store.GetVersionAsync();
        var top = _top is { } held && held.Version == version ? held : await ReadTopAsync(version);
        var (rank, points) = await store.GetStandingAsync(caller.AttendeeId);
        return new LeaderboardView(top, rank, points);
    }

    public async Task SetExcludedAsync(Caller caller, string attendeeId, bool excluded)
    {
        if (!caller.IsOrganiser)
        {
            throw new ForumException(ErrorCodes.Forbidden, "Only organisers may exclude people from the leaderboard.");
        }
        await store.SetExcludedAsync(attendeeId, excluded);
        await WakeAsync();
    }

    public Task<string[]> GetExcludedAsync(Caller caller) => caller.IsOrganiser
        ? store.GetExcludedAsync()
        : throw new ForumException(ErrorCodes.Forbidden, "Only organisers may see who is left out of the leaderboard.");

    public async Task SetListedAsync(string attendeeId, bool listed)
    {
        await store.SetListedAsync(attendeeId, listed);
        await WakeAsync();
    }

    public Task WakeAsync()
    {
        _timer ??= this.RegisterGrainTimer(PushIfChangedAsync, new GrainTimerCreationOptions(TimeSpan.Zero, PushInterval) { KeepAlive = true });
        return Task.CompletedTask;
    }

    private async Task PushIfChangedAsync(CancellationToken cancellationToken)
    {
        var version = await store.GetVersionAsync();
        if (version == _pushedVersion)
        {
            // Quiet for a second: stop polling until the next award wakes the grain.
            _timer?.Dispose();
            _timer = null;
            return;
        }
        var previous = _top;
        var top = await ReadTopAsync(version);
        _pushedVersion = version;
        // Points change far more often than the top 10 does (every vote earns one): push to everyone only when it moved.
        if (previous is null || !previous.Top.SequenceEqual(top.Top))
        {
            await broadcaster.LeaderboardChangedAsync(top);
        }
    }

    private async Task<LeaderboardTop> ReadTopAsync(long? version = null)
    {
        var top = new LeaderboardTop(await store.GetTopAsync(TopCount), version ?? await store.GetVersionAsync());
        _top = top;
        return top;
    }
}
