using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Grains.Abstractions.Errors;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Leaderboard;

namespace WsisConnect.Grains.Tests.Infrastructure;

/// <summary>Leaderboard points, which grains award off their hot paths and the silo applies a batch at a time.</summary>
public static class Standings
{
    public static Task<LeaderboardView> StandingAsync(this IGrainFactory grains, Caller person) =>
        grains.GetGrain<ILeaderboardGrain>(ForumKeys.Forum).GetAsync(person);

    /// <summary>
    /// Waits (at most 30 s) until <paramref name="marker"/> has <paramref name="points"/>. Awards are applied in the
    /// order they were made, so once the marker's are in, every award made before them is in too. A read the store
    /// could not answer in time (a retryable <see cref="StoreUnavailableException"/>, seen on a machine other builds
    /// saturate) is read again, as a client would: what is waited for is the points, not one read.
    /// </summary>
    public static async Task UntilAppliedAsync(this IGrainFactory grains, Caller marker, long points)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            try
            {
                if ((await grains.StandingAsync(marker)).MyPoints >= points)
                {
                    return;
                }
            }
            catch (StoreUnavailableException) when (DateTime.UtcNow < deadline)
            {
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{marker.Name} did not reach {points} points.");
            }
            await Task.Delay(50);
        }
    }
}
